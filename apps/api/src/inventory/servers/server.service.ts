import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DEFAULT_CONFIG_DIR, type ServerModel } from '#apache';
import { AuditEventRepository } from '../../audit/audit-event.repository.js';
import type { Principal } from '../../auth/principal.js';
import { inUseError, type Usage } from '../../model-store/in-use.error.js';
import type { ServerSettings } from '../../model-store/mappers/server.mapper.js';
import { definedFields } from '../../model-store/model-edits.js';
import { assertModelValid, ModelWriteService } from '../../model-store/model-write.service.js';
import type { Transaction } from '../../platform/database/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Page } from '../../platform/http/pagination/index.js';
import type { CreateServer, ServerDto, ServerListQuery, UpdateServer } from './server.dto.js';
import { presentServer } from './server.presenter.js';
import { ServerRepository } from './server.repository.js';
import { assertIfMatch } from '../../platform/http/etag/representation-etag.js';

const TARGET = 'server';

/** Servers are admin-only (their controller says @AdminOnly): no tenant scope applies here. */
@Injectable()
export class ServerService {
  constructor(
    private readonly servers: ServerRepository,
    private readonly writes: ModelWriteService,
    private readonly audit: AuditEventRepository,
  ) {}

  list(query: ServerListQuery): Promise<Page<ServerDto>> {
    return this.servers.listServers(query, presentServer);
  }

  async get(id: string): Promise<ServerDto> {
    const row = await this.servers.findServer(id);
    if (row === null) throw notFound(id);
    return presentServer(row);
  }

  /** A new server is an empty model: validate() still checks its settings (socket prefix, users, paths). */
  create(principal: Principal, body: CreateServer): Promise<ServerDto> {
    const settings: ServerSettings = {
      id: randomUUID(),
      name: body.name,
      modWsgiVersion: body.modWsgiVersion ?? '4.9',
      ...(body.platform === 'windows' ? { platform: 'windows' as const } : {}),
      socketPrefix: body.socketPrefix ?? null,
      restrictEmbedded: body.restrictEmbedded ?? false,
      apacheUser: body.apacheUser ?? 'www-data',
      apacheGroup: body.apacheGroup ?? 'www-data',
      configDir: body.configDir ?? DEFAULT_CONFIG_DIR,
      pythonVersion: body.pythonVersion ?? null,
      restrictProcess: body.restrictProcess ?? null,
      processGroup: body.processGroup ?? null,
    };
    assertModelValid({ ...settings, daemonGroups: [], virtualHosts: [], tenants: [], directories: [] });
    return this.writes.transaction(async (tx) => {
      const created = presentServer(await this.servers.createServer(tx, settings));
      await this.audit.record(tx, {
        principal,
        action: 'server.create',
        targetType: TARGET,
        targetId: settings.id,
        serverId: settings.id,
        after: created,
      });
      return created;
    });
  }

  update(principal: Principal, id: string, patch: UpdateServer, ifMatch?: string): Promise<ServerDto> {
    return this.writes.transaction(async (tx) => {
      const before = await this.lockForWrite(tx, id);
      assertIfMatch(ifMatch, before);
      const model = await this.writes.load(tx, id);
      const after: ServerModel = { ...model, ...definedFields(patch) };
      assertModelValid(after);
      const updated = presentServer(await this.servers.updateServerSettings(tx, settingsOf(after)));
      await this.audit.record(tx, {
        principal,
        action: 'server.update',
        targetType: TARGET,
        targetId: id,
        serverId: id,
        before,
        after: updated,
      });
      return updated;
    });
  }

  /** Only an empty server can go: its groups, vhosts and directories are deleted one by one first. */
  async delete(principal: Principal, id: string, ifMatch?: string): Promise<void> {
    await this.writes.transaction(async (tx) => {
      const before = await this.lockForWrite(tx, id);
      assertIfMatch(ifMatch, before);
      const model = await this.writes.load(tx, id);
      const usedBy: Usage[] = [
        ...model.virtualHosts.map((v) => ({ type: 'virtual-host', id: v.id })),
        ...model.daemonGroups.map((g) => ({ type: 'daemon-group', id: g.id })),
        ...model.directories.map((d) => ({ type: 'directory', id: d.id })),
      ];
      if (usedBy.length > 0) throw inUseError(`Server ${id}`, usedBy);
      await this.servers.deleteServer(tx, id);
      await this.audit.record(tx, {
        principal,
        action: 'server.delete',
        targetType: TARGET,
        targetId: id,
        serverId: id,
        before,
      });
    });
  }

  /** Locks the server for this write; returns the server as it was before it (the audit's "before"). */
  private async lockForWrite(tx: Transaction, id: string): Promise<ServerDto> {
    const revision = await this.writes.lockServer(tx, id);
    const row = await this.servers.findServer(id, tx);
    if (row === null) throw notFound(id);
    // The lock already counted this write in model_revision; "before" shows the revision it started from.
    return { ...presentServer(row), modelRevision: revision };
  }
}

function settingsOf(model: ServerModel): ServerSettings {
  const { daemonGroups: _g, virtualHosts: _v, tenants: _t, directories: _d, ...settings } = model;
  return settings;
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Server ${id} does not exist.`);
}
