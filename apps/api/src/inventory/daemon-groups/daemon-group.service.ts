import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { DaemonGroup } from '#apache';
import { AuditEventRepository } from '../../audit/audit-event.repository.js';
import type { Principal } from '../../auth/principal.js';
import { requireAdminScope, tenantScopeOf } from '../../auth/tenant-scope.js';
import { inUseError } from '../../model-store/in-use.error.js';
import { definedFields, removeFrom, replaceIn, requireIn } from '../../model-store/model-edits.js';
import { assertModelValid, ModelWriteService } from '../../model-store/model-write.service.js';
import type { DaemonGroupRow } from '../../platform/database/rows.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Page } from '../../platform/http/pagination/index.js';
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
import { assertIfMatch } from '../../platform/http/etag/representation-etag.js';
import type { Transaction } from '../../platform/database/database.js';

const TARGET = 'daemon-group';

@Injectable()
export class DaemonGroupService {
  constructor(
    private readonly groups: DaemonGroupRepository,
    private readonly writes: ModelWriteService,
    private readonly audit: AuditEventRepository,
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
    if (!(await this.groups.serverConcernsScope(serverId, scope))) throw serverNotFound(serverId);
    return this.groups.listDaemonGroupsOfServer(serverId, scope, query, presentDaemonGroup);
  }

  async get(principal: Principal, id: string): Promise<DaemonGroupDto> {
    const row = await this.groups.findDaemonGroupInScope(id, tenantScopeOf(principal));
    if (row === null) throw notFound(id);
    return presentDaemonGroup(row);
  }

  create(principal: Principal, serverId: string, body: CreateDaemonGroup): Promise<DaemonGroupDto> {
    const id = randomUUID();
    const tenantId = body.tenantId ?? null;
    return this.writes.transaction(async (tx) => {
      const model = await this.writes.lockAndLoad(tx, serverId, tenantId === null ? [] : [tenantId]);
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
      assertModelValid({ ...model, daemonGroups: [...model.daemonGroups, group] });
      const created = presentDaemonGroup(await this.groups.createDaemonGroup(tx, serverId, group));
      await this.audit.record(tx, {
        principal,
        action: 'daemon-group.create',
        targetType: TARGET,
        targetId: id,
        serverId,
        tenantId,
        after: created,
      });
      return created;
    });
  }

  async update(
    principal: Principal,
    id: string,
    patch: UpdateDaemonGroup,
    ifMatch?: string,
  ): Promise<DaemonGroupDto> {
    const { serverId, tenantId: currentTenantId } = await this.findForAdmin(principal, id);
    const tenantId = patch.tenantId ?? currentTenantId;
    return this.writes.transaction(async (tx) => {
      const model = await this.writes.lockAndLoad(tx, serverId, tenantId === null ? [] : [tenantId]);
      const before = requireIn(model.daemonGroups, id, 'Daemon group');
      await this.assertIfMatch(tx, id, ifMatch);
      const { processes, threads, ...rest } = definedFields(patch);
      const group: DaemonGroup = {
        ...before,
        ...rest,
        ...countsFromInput(id, model.modWsgiVersion, { processes, threads }),
      };
      assertModelValid({ ...model, daemonGroups: replaceIn(model.daemonGroups, group) });
      const updated = presentDaemonGroup(await this.groups.updateDaemonGroup(tx, serverId, group));
      await this.audit.record(tx, {
        principal,
        action: 'daemon-group.update',
        targetType: TARGET,
        targetId: id,
        serverId,
        tenantId,
        before,
        after: updated,
      });
      return updated;
    });
  }

  /** 409 while anything still names the group (see usagesOfGroup); the check runs under the server lock. */
  async delete(principal: Principal, id: string, ifMatch?: string): Promise<void> {
    const { serverId, tenantId } = await this.findForAdmin(principal, id);
    await this.writes.transaction(async (tx) => {
      const model = await this.writes.lockAndLoad(tx, serverId);
      const before = requireIn(model.daemonGroups, id, 'Daemon group');
      await this.assertIfMatch(tx, id, ifMatch);
      const usedBy = usagesOfGroup(model, before.name);
      if (usedBy.length > 0) throw inUseError(`Daemon group "${before.name}"`, usedBy);
      assertModelValid({ ...model, daemonGroups: removeFrom(model.daemonGroups, id) });
      await this.groups.deleteDaemonGroup(tx, id);
      await this.audit.record(tx, {
        principal,
        action: 'daemon-group.delete',
        targetType: TARGET,
        targetId: id,
        serverId,
        tenantId,
        before,
      });
    });
  }

  /** 412 unless If-Match (when sent) names the group's current ETag; called with the server locked. */
  private async assertIfMatch(tx: Transaction, id: string, ifMatch: string | undefined): Promise<void> {
    if (ifMatch === undefined) return;
    const row = await this.groups.findDaemonGroupUnderLock(tx, id);
    if (row === null) throw notFound(id);
    assertIfMatch(ifMatch, presentDaemonGroup(row));
  }

  /** 404 unless the caller can see the group (like GET), then 403 unless the caller is an admin. */
  private async findForAdmin(principal: Principal, id: string): Promise<DaemonGroupRow> {
    const scope = tenantScopeOf(principal);
    const row = await this.groups.findDaemonGroupInScope(id, scope);
    if (row === null) throw notFound(id);
    requireAdminScope(scope);
    return row;
  }
}

/** The same problem a missing server raises, so a tenant cannot tell "not yours" from "absent". */
function serverNotFound(serverId: string): AppError {
  return new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Daemon group ${id} does not exist.`);
}
