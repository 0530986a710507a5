import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Directory, OverrideClass, ServerModel } from '#apache';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Page } from '../../platform/http/pagination/index.js';
import type { Database } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import { directoryToRow } from '../../model-store/mappers/directory.mapper.js';
import { definedFields, removeFrom, replaceIn, requireIn } from '../../model-store/model-edits.js';
import { ModelWriteService } from '../../model-store/model-write.service.js';
import { requireVirtualHostServer } from '../../model-store/require-row.js';
import { directoryScopeOf } from './directory-scope.js';
import type {
  CreateDirectory,
  DirectoryDto,
  DirectoryListQuery,
  UpdateDirectory,
  VhostDirectoryListQuery,
} from './directory.dto.js';
import { presentDirectory } from './directory.presenter.js';
import { DirectoryRepository } from './directory.repository.js';

const TARGET = 'directory';

@Injectable()
export class DirectoryService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly directories: DirectoryRepository,
    private readonly writes: ModelWriteService,
  ) {}

  /** GET /directories: admins see all, a tenant only its own (whatever ?tenantId= says). */
  list(principal: Principal, query: DirectoryListQuery): Promise<Page<DirectoryDto>> {
    return this.directories.list(directoryScopeOf(principal), query, presentDirectory);
  }

  async listOfVirtualHost(
    principal: Principal,
    virtualHostId: string,
    query: VhostDirectoryListQuery,
  ): Promise<Page<DirectoryDto>> {
    await requireVirtualHostServer(this.db, virtualHostId);
    return this.directories.list(directoryScopeOf(principal), { ...query, virtualHostId }, presentDirectory);
  }

  async get(principal: Principal, id: string): Promise<DirectoryDto> {
    const row = await this.directories.findVisible(id, directoryScopeOf(principal));
    if (row === null) throw notFound(id);
    return presentDirectory(row);
  }

  async create(principal: Principal, virtualHostId: string, body: CreateDirectory): Promise<DirectoryDto> {
    const serverId = await requireVirtualHostServer(this.db, virtualHostId);
    const directory: Directory = {
      id: randomUUID(),
      virtualHostId,
      tenantId: body.tenantId,
      path: body.path,
      urlPath: body.urlPath ?? null,
      // Unknown classes are refused by validate() (INVALID_ALLOW_OVERRIDE) before anything is stored.
      allowOverride: (body.allowOverride ?? []) as OverrideClass[],
      options: body.options ?? [],
      handlers: body.handlers ?? [],
      restrictProcess: body.restrictProcess ?? null,
      processGroup: body.processGroup ?? null,
      env: body.env ?? {},
      rules: [],
    };
    return this.writes.write({
      principal,
      serverId,
      action: 'directory.create',
      target: { type: TARGET, id: directory.id },
      tenantId: directory.tenantId,
      tenantIds: [directory.tenantId],
      mutate: (model) => ({ ...model, directories: [...model.directories, directory] }),
      persist: async (tx, after) =>
        presentDirectory(
          await tx.directory.create({ data: directoryToRow(directoryIn(after, directory.id), serverId) }),
        ),
      after: (dto) => dto,
    });
  }

  async update(principal: Principal, id: string, patch: UpdateDirectory): Promise<DirectoryDto> {
    const row = await this.directories.findVisible(id, null);
    if (row === null) throw notFound(id);
    const tenantIds = [...new Set([row.tenantId, patch.tenantId ?? row.tenantId])];
    return this.writes.write({
      principal,
      serverId: row.serverId,
      action: 'directory.update',
      target: { type: TARGET, id },
      tenantId: patch.tenantId ?? row.tenantId,
      tenantIds,
      readBefore: (_tx, model) => withoutRules(requireIn(model.directories, id, 'Directory')),
      mutate: (model) => {
        const { allowOverride, ...rest } = definedFields(patch);
        const next: Directory = {
          ...requireIn(model.directories, id, 'Directory'),
          ...rest,
          ...(allowOverride !== undefined ? { allowOverride: allowOverride as OverrideClass[] } : {}),
        };
        return { ...model, directories: replaceIn(model.directories, next) };
      },
      persist: async (tx, after) => {
        const {
          id: _id,
          serverId: _s,
          virtualHostId: _v,
          ...data
        } = directoryToRow(directoryIn(after, id), row.serverId);
        return presentDirectory(await tx.directory.update({ where: { id }, data }));
      },
      after: (dto) => dto,
    });
  }

  /** Its .htaccess rules go with it (they cannot outlive their <Directory>). */
  async delete(principal: Principal, id: string): Promise<void> {
    const row = await this.directories.findVisible(id, null);
    if (row === null) throw notFound(id);
    await this.writes.write({
      principal,
      serverId: row.serverId,
      action: 'directory.delete',
      target: { type: TARGET, id },
      tenantId: row.tenantId,
      readBefore: (_tx, model) => requireIn(model.directories, id, 'Directory'),
      mutate: (model) => {
        requireIn(model.directories, id, 'Directory');
        return { ...model, directories: removeFrom(model.directories, id) };
      },
      persist: async (tx) => {
        await tx.directory.delete({ where: { id } });
      },
    });
  }
}

function directoryIn(model: ServerModel | null, id: string): Directory {
  return requireIn(model?.directories ?? [], id, 'Directory');
}

function withoutRules({ rules: _rules, ...directory }: Directory): Omit<Directory, 'rules'> {
  return directory;
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Directory ${id} does not exist.`);
}
