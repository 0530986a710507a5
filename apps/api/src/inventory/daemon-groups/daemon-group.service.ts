import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DaemonGroup, ServerModel } from '#apache';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Page } from '../../platform/http/pagination/index.js';
import type { Database } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import { inUseError } from '../../model-store/in-use.error.js';
import { daemonGroupToRow } from '../../model-store/mappers/daemon-group.mapper.js';
import { definedFields, removeFrom, replaceIn, requireIn } from '../../model-store/model-edits.js';
import { ModelWriteService } from '../../model-store/model-write.service.js';
import { requireServerId } from '../../model-store/require-row.js';
import { tenantScopeOf } from '../../auth/tenant-scope.js';
import { countsFromInput } from './daemon-group-counts.js';
import { usagesOfGroup } from './daemon-group-usage.js';
import type {
  CreateDaemonGroup,
  DaemonGroupDto,
  DaemonGroupListQuery,
  UpdateDaemonGroup,
} from './daemon-group.dto.js';
import { presentDaemonGroup } from './daemon-group.presenter.js';
import { DaemonGroupRepository } from './daemon-group.repository.js';

const TARGET = 'daemon-group';

@Injectable()
export class DaemonGroupService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly groups: DaemonGroupRepository,
    private readonly writes: ModelWriteService,
  ) {}

  /**
   * Admins: every group of the server. A tenant: the groups serving it, and only on a server that holds
   * something of its own; any other server answers exactly like one that does not exist.
   */
  async list(
    principal: Principal,
    serverId: string,
    query: DaemonGroupListQuery,
  ): Promise<Page<DaemonGroupDto>> {
    const scope = tenantScopeOf(principal);
    if (scope === null) await requireServerId(this.db, serverId);
    else if (!(await this.groups.serverConcernsTenant(serverId, scope))) throw serverNotFound(serverId);
    return this.groups.listOfServer(serverId, scope, query, presentDaemonGroup);
  }

  async get(principal: Principal, id: string): Promise<DaemonGroupDto> {
    const row = await this.groups.findVisible(id, tenantScopeOf(principal));
    if (row === null) throw notFound(id);
    return presentDaemonGroup(row);
  }

  create(principal: Principal, serverId: string, body: CreateDaemonGroup): Promise<DaemonGroupDto> {
    const id = randomUUID();
    const tenantId = body.tenantId ?? null;
    return this.writes.write({
      principal,
      serverId,
      action: 'daemon-group.create',
      target: { type: TARGET, id },
      tenantId,
      tenantIds: tenantId === null ? [] : [tenantId],
      mutate: (model) => {
        const group: DaemonGroup = {
          id,
          name: body.name,
          virtualHostId: body.virtualHostId ?? null,
          tenantId,
          processes: null,
          threads: null,
          user: body.user ?? null,
          group: body.group ?? null,
          options: body.options ?? {},
          ...countsFromInput(id, model.modWsgiVersion, body),
        };
        return { ...model, daemonGroups: [...model.daemonGroups, group] };
      },
      persist: async (tx, after) =>
        presentDaemonGroup(
          await tx.daemonGroup.create({ data: daemonGroupToRow(groupIn(after, id), serverId) }),
        ),
      after: (dto) => dto,
    });
  }

  async update(principal: Principal, id: string, patch: UpdateDaemonGroup): Promise<DaemonGroupDto> {
    const row = await this.groups.findById(id);
    if (row === null) throw notFound(id);
    const tenantId = patch.tenantId ?? row.tenantId;
    return this.writes.write({
      principal,
      serverId: row.serverId,
      action: 'daemon-group.update',
      target: { type: TARGET, id },
      tenantId,
      tenantIds: tenantId === null ? [] : [tenantId],
      readBefore: (_tx, model) => requireIn(model.daemonGroups, id, 'Daemon group'),
      mutate: (model) => {
        const current = requireIn(model.daemonGroups, id, 'Daemon group');
        const { processes, threads, ...rest } = definedFields(patch);
        const next: DaemonGroup = {
          ...current,
          ...rest,
          ...countsFromInput(id, model.modWsgiVersion, { processes, threads }),
        };
        return { ...model, daemonGroups: replaceIn(model.daemonGroups, next) };
      },
      persist: async (tx, after) => {
        const { id: _id, serverId: _s, ...data } = daemonGroupToRow(groupIn(after, id), row.serverId);
        return presentDaemonGroup(await tx.daemonGroup.update({ where: { id }, data }));
      },
      after: (dto) => dto,
    });
  }

  /** 409 while anything still names the group (see usagesOfGroup); the check runs under the server lock. */
  async delete(principal: Principal, id: string): Promise<void> {
    const row = await this.groups.findById(id);
    if (row === null) throw notFound(id);
    await this.writes.write({
      principal,
      serverId: row.serverId,
      action: 'daemon-group.delete',
      target: { type: TARGET, id },
      tenantId: row.tenantId,
      readBefore: (_tx, model) => requireIn(model.daemonGroups, id, 'Daemon group'),
      mutate: (model) => {
        const group = requireIn(model.daemonGroups, id, 'Daemon group');
        const usedBy = usagesOfGroup(model, group.name);
        if (usedBy.length > 0) throw inUseError(`Daemon group "${group.name}"`, usedBy);
        return { ...model, daemonGroups: removeFrom(model.daemonGroups, id) };
      },
      persist: async (tx) => {
        await tx.daemonGroup.delete({ where: { id } });
      },
    });
  }
}

function groupIn(model: ServerModel | null, id: string): DaemonGroup {
  return requireIn(model?.daemonGroups ?? [], id, 'Daemon group');
}

/** The same problem requireServerId raises, so a tenant cannot tell "not yours" from "absent". */
function serverNotFound(serverId: string): AppError {
  return new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Daemon group ${id} does not exist.`);
}
