import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DEFAULT_CONFIG_DIR, type ServerModel } from '#apache';
import type { Server as ServerRow } from '#db';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Page } from '../../platform/http/pagination/index.js';
import { inUseError, type Usage } from '../../model-store/in-use.error.js';
import { definedFields } from '../../model-store/model-edits.js';
import { serverSettingsToRow, type ServerSettings } from '../../model-store/mappers/server.mapper.js';
import { ModelWriteService, type Tx } from '../../model-store/model-write.service.js';
import type { CreateServer, ServerDto, ServerListQuery, UpdateServer } from './server.dto.js';
import { presentServer } from './server.presenter.js';
import { ServerRepository } from './server.repository.js';

const TARGET = 'server';

@Injectable()
export class ServerService {
  constructor(
    private readonly servers: ServerRepository,
    private readonly writes: ModelWriteService,
  ) {}

  list(query: ServerListQuery): Promise<Page<ServerDto>> {
    return this.servers.list(query, presentServer);
  }

  async get(id: string): Promise<ServerDto> {
    return presentServer(await this.require(id));
  }

  /** A new server is an empty model: validate() still checks its settings (socket prefix, users, paths). */
  create(principal: Principal, body: CreateServer): Promise<ServerDto> {
    const settings: ServerSettings = {
      id: randomUUID(),
      name: body.name,
      modWsgiVersion: body.modWsgiVersion ?? '4.9',
      socketPrefix: body.socketPrefix ?? null,
      restrictEmbedded: body.restrictEmbedded ?? false,
      apacheUser: body.apacheUser ?? 'www-data',
      apacheGroup: body.apacheGroup ?? 'www-data',
      configDir: body.configDir ?? DEFAULT_CONFIG_DIR,
    };
    const model: ServerModel = {
      ...settings,
      daemonGroups: [],
      virtualHosts: [],
      tenants: [],
      directories: [],
    };
    return this.writes.writeUnbound({
      principal,
      action: 'server.create',
      target: { type: TARGET, id: settings.id },
      serverId: settings.id,
      model,
      persist: async (tx) => presentServer(await tx.server.create({ data: serverSettingsToRow(settings) })),
      after: (dto) => dto,
    });
  }

  async update(principal: Principal, id: string, patch: UpdateServer): Promise<ServerDto> {
    return this.writes.write({
      principal,
      action: 'server.update',
      target: { type: TARGET, id },
      serverId: id,
      readBefore: (tx) => readServer(tx, id),
      mutate: (model) => ({ ...model, ...definedFields(patch) }),
      persist: async (tx, after) => {
        const { id: _id, ...data } = serverSettingsToRow(settingsOf(after));
        return presentServer(await tx.server.update({ where: { id }, data }));
      },
      after: (dto) => dto,
    });
  }

  /** Only an empty server can go: its groups, vhosts and directories are deleted one by one first. */
  async delete(principal: Principal, id: string): Promise<void> {
    await this.writes.write({
      principal,
      action: 'server.delete',
      target: { type: TARGET, id },
      serverId: id,
      readBefore: (tx) => readServer(tx, id),
      mutate: (model) => {
        const usedBy: Usage[] = [
          ...model.virtualHosts.map((v) => ({ type: 'virtual-host', id: v.id })),
          ...model.daemonGroups.map((g) => ({ type: 'daemon-group', id: g.id })),
          ...model.directories.map((d) => ({ type: 'directory', id: d.id })),
        ];
        if (usedBy.length > 0) throw inUseError(`Server ${id}`, usedBy);
        return null;
      },
      persist: async (tx) => {
        await tx.server.delete({ where: { id } });
      },
    });
  }

  private async require(id: string): Promise<ServerRow> {
    const row = await this.servers.findById(id);
    if (row === null) throw new AppError('NOT_FOUND', `Server ${id} does not exist.`);
    return row;
  }
}

async function readServer(tx: Tx, id: string): Promise<ServerDto | undefined> {
  const row = await tx.server.findUnique({ where: { id } });
  return row === null ? undefined : presentServer(row);
}

function settingsOf(model: ServerModel | null): ServerSettings {
  if (model === null) throw new Error('a server update never deletes the server');
  const { daemonGroups: _g, virtualHosts: _v, tenants: _t, directories: _d, ...settings } = model;
  return settings;
}
