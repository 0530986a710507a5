import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Directory, OverrideClass } from '#apache';
import { AuditEventRepository } from '../../audit/audit-event.repository.js';
import type { Principal } from '../../auth/principal.js';
import { requireAdminScope, tenantScopeOf } from '../../auth/tenant-scope.js';
import { definedFields, removeFrom, replaceIn, requireIn } from '../../model-store/model-edits.js';
import { assertModelValid, ModelWriteService } from '../../model-store/model-write.service.js';
import { ServerModelRepository } from '../../model-store/server-model.repository.js';
import type { DirectoryRow } from '../../platform/database/rows.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Page } from '../../platform/http/pagination/index.js';
import type {
  CreateDirectory,
  DirectoryDto,
  DirectoryListQuery,
  UpdateDirectory,
  VhostDirectoryListQuery,
} from './directory.dto.js';
import { presentDirectory } from './directory.presenter.js';
import { DirectoryRepository } from './directory.repository.js';
import type { Transaction } from '../../platform/database/database.js';
import { assertIfMatch } from '../../platform/http/etag/representation-etag.js';

const TARGET = 'directory';

@Injectable()
export class DirectoryService {
  constructor(
    private readonly directories: DirectoryRepository,
    private readonly models: ServerModelRepository,
    private readonly writes: ModelWriteService,
    private readonly audit: AuditEventRepository,
  ) {}

  /** GET /directories: admins see all, a tenant only its own (whatever ?tenantId= says). */
  list(principal: Principal, query: DirectoryListQuery): Promise<Page<DirectoryDto>> {
    return this.directories.listDirectories(tenantScopeOf(principal), query, presentDirectory);
  }

  async listOfVirtualHost(
    principal: Principal,
    virtualHostId: string,
    query: VhostDirectoryListQuery,
  ): Promise<Page<DirectoryDto>> {
    await this.serverOfVirtualHost(virtualHostId);
    const scope = tenantScopeOf(principal);
    return this.directories.listDirectories(scope, { ...query, virtualHostId }, presentDirectory);
  }

  async get(principal: Principal, id: string): Promise<DirectoryDto> {
    const row = await this.directories.findDirectoryInScope(id, tenantScopeOf(principal));
    if (row === null) throw notFound(id);
    return presentDirectory(row);
  }

  async create(principal: Principal, virtualHostId: string, body: CreateDirectory): Promise<DirectoryDto> {
    const serverId = await this.serverOfVirtualHost(virtualHostId);
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
    return this.writes.transaction(async (tx) => {
      const model = await this.writes.lockAndLoad(tx, serverId, [directory.tenantId]);
      assertModelValid({ ...model, directories: [...model.directories, directory] });
      const created = presentDirectory(await this.directories.createDirectory(tx, serverId, directory));
      await this.audit.record(tx, {
        principal,
        action: 'directory.create',
        targetType: TARGET,
        targetId: directory.id,
        serverId,
        tenantId: directory.tenantId,
        after: created,
      });
      return created;
    });
  }

  async update(
    principal: Principal,
    id: string,
    patch: UpdateDirectory,
    ifMatch?: string,
  ): Promise<DirectoryDto> {
    const found = await this.findForAdmin(principal, id);
    const { serverId } = found;
    const tenantId = patch.tenantId ?? found.tenantId;
    return this.writes.transaction(async (tx) => {
      const model = await this.writes.lockAndLoad(tx, serverId, [...new Set([found.tenantId, tenantId])]);
      const current = requireIn(model.directories, id, 'Directory');
      await this.assertIfMatch(tx, id, ifMatch);
      const { allowOverride, ...rest } = definedFields(patch);
      const directory: Directory = {
        ...current,
        ...rest,
        ...(allowOverride !== undefined ? { allowOverride: allowOverride as OverrideClass[] } : {}),
      };
      assertModelValid({ ...model, directories: replaceIn(model.directories, directory) });
      const updated = presentDirectory(await this.directories.updateDirectory(tx, serverId, directory));
      await this.audit.record(tx, {
        principal,
        action: 'directory.update',
        targetType: TARGET,
        targetId: id,
        serverId,
        tenantId,
        before: withoutRules(current),
        after: updated,
      });
      return updated;
    });
  }

  /** Its .htaccess rules go with it (they cannot outlive their <Directory>). */
  async delete(principal: Principal, id: string, ifMatch?: string): Promise<void> {
    const { serverId, tenantId } = await this.findForAdmin(principal, id);
    await this.writes.transaction(async (tx) => {
      const model = await this.writes.lockAndLoad(tx, serverId);
      const before = requireIn(model.directories, id, 'Directory');
      await this.assertIfMatch(tx, id, ifMatch);
      assertModelValid({ ...model, directories: removeFrom(model.directories, id) });
      await this.directories.deleteDirectory(tx, id);
      await this.audit.record(tx, {
        principal,
        action: 'directory.delete',
        targetType: TARGET,
        targetId: id,
        serverId,
        tenantId,
        before,
      });
    });
  }

  /** 412 unless If-Match (when sent) names the directory's current ETag; called with the server locked. */
  private async assertIfMatch(tx: Transaction, id: string, ifMatch: string | undefined): Promise<void> {
    if (ifMatch === undefined) return;
    const row = await this.directories.findDirectoryUnderLock(tx, id);
    if (row === null) throw notFound(id);
    assertIfMatch(ifMatch, presentDirectory(row));
  }

  /** 404 unless the caller can see the directory (like GET), then 403 unless the caller is an admin. */
  private async findForAdmin(principal: Principal, id: string): Promise<DirectoryRow> {
    const scope = tenantScopeOf(principal);
    const row = await this.directories.findDirectoryInScope(id, scope);
    if (row === null) throw notFound(id);
    requireAdminScope(scope);
    return row;
  }

  private async serverOfVirtualHost(virtualHostId: string): Promise<string> {
    const serverId = await this.models.serverIdOfVirtualHost(virtualHostId);
    if (serverId === null) throw new AppError('NOT_FOUND', `Virtual host ${virtualHostId} does not exist.`);
    return serverId;
  }
}

function withoutRules({ rules: _rules, ...directory }: Directory): Omit<Directory, 'rules'> {
  return directory;
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Directory ${id} does not exist.`);
}
