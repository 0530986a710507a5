import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ProcessGroupMap, ServerModel, VirtualHost } from '#apache';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Page } from '../../platform/http/pagination/index.js';
import type { Database } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import { inUseError, type Usage } from '../../model-store/in-use.error.js';
import { processGroupMapToJson, virtualHostToRow } from '../../model-store/mappers/virtual-host.mapper.js';
import { definedFields, removeFrom, replaceIn, requireIn } from '../../model-store/model-edits.js';
import { ModelWriteService } from '../../model-store/model-write.service.js';
import { requireServerId } from '../../model-store/require-row.js';
import { tenantScopeOf } from '../../auth/tenant-scope.js';
import type {
  CreateVirtualHost,
  ProcessGroupMapBody,
  StoredProcessGroupMap,
  TenantVirtualHostDto,
  UpdateVirtualHost,
  VirtualHostDto,
  VirtualHostListQuery,
} from './virtual-host.dto.js';
import { presentVirtualHost, presentVirtualHostToTenant } from './virtual-host.presenter.js';
import { VirtualHostRepository } from './virtual-host.repository.js';

const TARGET = 'virtual-host';

@Injectable()
export class VirtualHostService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly vhosts: VirtualHostRepository,
    private readonly writes: ModelWriteService,
  ) {}

  async list(serverId: string, query: VirtualHostListQuery): Promise<Page<VirtualHostDto>> {
    await requireServerId(this.db, serverId);
    return this.vhosts.listOfServer(serverId, query, presentVirtualHost);
  }

  /** Admins: the full record. A tenant: the tenant view, only of a vhost holding one of its directories. */
  async get(principal: Principal, id: string): Promise<VirtualHostDto | TenantVirtualHostDto> {
    const scope = tenantScopeOf(principal);
    if (scope === null) return this.full(id);
    const row = await this.vhosts.findWithDirectoryOf(id, scope);
    if (row === null) throw notFound(id);
    return presentVirtualHostToTenant(row);
  }

  private async full(id: string): Promise<VirtualHostDto> {
    const row = await this.vhosts.findById(id);
    if (row === null) throw notFound(id);
    return presentVirtualHost(row);
  }

  create(principal: Principal, serverId: string, body: CreateVirtualHost): Promise<VirtualHostDto> {
    const vhost: VirtualHost = {
      id: randomUUID(),
      serverName: body.serverName,
      serverAliases: body.serverAliases ?? [],
      addresses: body.addresses,
      documentRoot: body.documentRoot ?? null,
      processGroup: body.processGroup ?? null,
      applicationGroup: body.applicationGroup ?? null,
      env: body.env ?? {},
      processGroupMap: null,
    };
    return this.writes.write({
      principal,
      serverId,
      action: 'virtual-host.create',
      target: { type: TARGET, id: vhost.id },
      mutate: (model) => ({ ...model, virtualHosts: [...model.virtualHosts, vhost] }),
      persist: async (tx, after) =>
        presentVirtualHost(
          await tx.virtualHost.create({ data: virtualHostToRow(vhostIn(after, vhost.id), serverId) }),
        ),
      after: (dto) => dto,
    });
  }

  update(principal: Principal, id: string, patch: UpdateVirtualHost): Promise<VirtualHostDto> {
    return this.change(principal, id, 'virtual-host.update', (current) => ({
      ...current,
      ...definedFields(patch),
    }));
  }

  async getProcessGroupMap(id: string): Promise<StoredProcessGroupMap> {
    const map = (await this.full(id)).processGroupMap;
    if (map === null) throw new AppError('NOT_FOUND', `Virtual host ${id} has no process-group map.`);
    return map;
  }

  async putProcessGroupMap(
    principal: Principal,
    id: string,
    body: ProcessGroupMapBody,
  ): Promise<StoredProcessGroupMap> {
    const map: ProcessGroupMap = { variable: body.variable, fallback: body.fallback, entries: body.entries };
    const dto = await this.change(principal, id, 'virtual-host.process-group-map.put', (current) => ({
      ...current,
      processGroupMap: map,
    }));
    return dto.processGroupMap ?? map;
  }

  /** 409 while directories or vhost-scoped daemon groups still live in it. */
  async delete(principal: Principal, id: string): Promise<void> {
    const serverId = await this.serverOf(id);
    await this.writes.write({
      principal,
      serverId,
      action: 'virtual-host.delete',
      target: { type: TARGET, id },
      readBefore: (_tx, model) => requireIn(model.virtualHosts, id, 'Virtual host'),
      mutate: (model) => {
        requireIn(model.virtualHosts, id, 'Virtual host');
        const usedBy: Usage[] = [
          ...model.directories
            .filter((d) => d.virtualHostId === id)
            .map((d) => ({ type: 'directory', id: d.id })),
          ...model.daemonGroups
            .filter((g) => g.virtualHostId === id)
            .map((g) => ({ type: 'daemon-group', id: g.id, field: 'virtualHostId' })),
        ];
        if (usedBy.length > 0) throw inUseError(`Virtual host ${id}`, usedBy);
        return { ...model, virtualHosts: removeFrom(model.virtualHosts, id) };
      },
      persist: async (tx) => {
        await tx.virtualHost.delete({ where: { id } });
      },
    });
  }

  private async change(
    principal: Principal,
    id: string,
    action: string,
    edit: (current: VirtualHost) => VirtualHost,
  ): Promise<VirtualHostDto> {
    const serverId = await this.serverOf(id);
    return this.writes.write({
      principal,
      serverId,
      action,
      target: { type: TARGET, id },
      readBefore: (_tx, model) => requireIn(model.virtualHosts, id, 'Virtual host'),
      mutate: (model) => {
        const next = edit(requireIn(model.virtualHosts, id, 'Virtual host'));
        return { ...model, virtualHosts: replaceIn(model.virtualHosts, next) };
      },
      persist: async (tx, after) => {
        const next = vhostIn(after, id);
        const { id: _id, serverId: _s, ...data } = virtualHostToRow(next, serverId);
        const row = await tx.virtualHost.update({
          where: { id },
          data: { ...data, processGroupMap: processGroupMapToJson(next.processGroupMap) },
        });
        return presentVirtualHost(row);
      },
      after: (dto) => dto,
    });
  }

  private async serverOf(id: string): Promise<string> {
    const row = await this.vhosts.findById(id);
    if (row === null) throw notFound(id);
    return row.serverId;
  }
}

function vhostIn(model: ServerModel | null, id: string): VirtualHost {
  return requireIn(model?.virtualHosts ?? [], id, 'Virtual host');
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Virtual host ${id} does not exist.`);
}
