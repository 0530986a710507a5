import { Inject, Injectable } from '@nestjs/common';
import { Prisma } from '#db';
import type { TenantScope } from '../../auth/tenant-scope.js';
import type { Database } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import type { RestartState } from './daemon-group-restart.dto.js';

export interface RestartRow {
  id: string;
  daemonGroupId: string;
  serverId: string;
  state: string;
  requestedAt: Date;
  finishedAt: Date | null;
  pidsBefore: number[];
  pidsAfter: number[];
  errors: string[];
}

/** What the host needs to find the group's processes (libs/deploy's DaemonGroupIdentity), from the model. */
export interface RestartTarget {
  id: string;
  serverId: string;
  name: string;
  displayName: string | null;
  socketPrefix: string | null;
  /** The server's other groups that have a display-name: their titles must not be taken for ours. */
  otherGroups: { name: string; displayName: string }[];
}

export interface RestartOutcome {
  ok: boolean;
  pidsBefore: number[];
  pidsAfter: number[];
  errors: string[];
}

const restartColumns = {
  id: true,
  daemonGroupId: true,
  serverId: true,
  state: true,
  requestedAt: true,
  finishedAt: true,
  pidsBefore: true,
  pidsAfter: true,
  errors: true,
} as const;

const groupColumns = {
  id: true,
  serverId: true,
  name: true,
  options: true,
  server: {
    select: { socketPrefix: true, daemonGroups: { select: { id: true, name: true, options: true } } },
  },
} as const;

@Injectable()
export class DaemonGroupRestartRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The group, when it exists and serves the caller's tenant (admins: any). */
  async target(groupId: string, scope: TenantScope): Promise<RestartTarget | null> {
    const group = await this.db.daemonGroup.findFirst({
      where: { AND: [{ id: groupId }, servesTenant(scope)] },
      select: groupColumns,
    });
    return group === null ? null : targetOf(group);
  }

  /**
   * A new pending restart of the group, or the one another request created meanwhile: at most one is pending
   * per group (a partial unique index), and joining it is what a request does when it finds one.
   */
  async create(target: RestartTarget): Promise<RestartRow> {
    try {
      return await this.db.daemonGroupRestart.create({
        data: { daemonGroupId: target.id, serverId: target.serverId },
        select: restartColumns,
      });
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') throw error;
      const pending = await this.pendingOfGroup(target.id);
      if (pending === null) throw error; // taken meanwhile: rare enough to answer as a conflict
      return pending;
    }
  }

  /** The group's restart still waiting to be taken, if any: a second request joins it. */
  pendingOfGroup(groupId: string): Promise<RestartRow | null> {
    return this.db.daemonGroupRestart.findFirst({
      where: { daemonGroupId: groupId, state: 'pending' },
      orderBy: { requestedAt: 'asc' },
      select: restartColumns,
    });
  }

  /**
   * Restarts of the group `running` since before `before` (their restarter died): failed, with why. Counted
   * from when they started, not from the request: a restart may wait long for an offline agent.
   */
  async expireRunning(groupId: string, before: Date, at: Date, why: string): Promise<void> {
    await this.db.daemonGroupRestart.updateMany({
      where: { daemonGroupId: groupId, state: 'running', startedAt: { lt: before } },
      data: { state: 'failed', finishedAt: at, errors: [why] },
    });
  }

  /** One restart of a group in the caller's scope; null also for another tenant's group. */
  find(groupId: string, restartId: string, scope: TenantScope): Promise<RestartRow | null> {
    return this.db.daemonGroupRestart.findFirst({
      where: { id: restartId, daemonGroupId: groupId, daemonGroup: servesTenant(scope) },
      select: restartColumns,
    });
  }

  /** pending → running; false when someone else took it (or it is gone). */
  async claim(id: string, at = new Date()): Promise<boolean> {
    const { count } = await this.db.daemonGroupRestart.updateMany({
      where: { id, state: 'pending' },
      data: { state: 'running', startedAt: at },
    });
    return count === 1;
  }

  serverExists(serverId: string): Promise<boolean> {
    return this.db.server
      .findUnique({ where: { id: serverId }, select: { id: true } })
      .then((row) => row !== null);
  }

  /** The pending restarts of one server (an agent's poll), oldest first, with the group's identity now. */
  async pendingOf(serverId: string, limit: number): Promise<{ id: string; target: RestartTarget }[]> {
    const rows = await this.db.daemonGroupRestart.findMany({
      where: { serverId, state: 'pending' },
      orderBy: { requestedAt: 'asc' },
      take: limit,
      select: { id: true, daemonGroup: { select: groupColumns } },
    });
    return rows.map((row) => ({ id: row.id, target: targetOf(row.daemonGroup) }));
  }

  /** One restart of one server's groups (an agent's own rows only). */
  findOfServer(serverId: string, restartId: string): Promise<RestartRow | null> {
    return this.db.daemonGroupRestart.findFirst({
      where: { id: restartId, serverId },
      select: restartColumns,
    });
  }

  /**
   * running (or still pending: an agent may report without marking it running) → done/failed with the
   * host's outcome; `serverId` confines an agent to its own server's rows.
   */
  async finish(id: string, outcome: RestartOutcome, at: Date, serverId?: string): Promise<boolean> {
    const state: RestartState = outcome.ok ? 'done' : 'failed';
    const { count } = await this.db.daemonGroupRestart.updateMany({
      where: { id, state: { in: ['pending', 'running'] }, ...(serverId === undefined ? {} : { serverId }) },
      data: {
        state,
        finishedAt: at,
        pidsBefore: outcome.pidsBefore,
        pidsAfter: outcome.pidsAfter,
        errors: outcome.errors,
      },
    });
    return count === 1;
  }
}

interface GroupRow {
  id: string;
  name: string;
  options: Prisma.JsonValue;
}

function targetOf(
  group: GroupRow & {
    serverId: string;
    server: { socketPrefix: string | null; daemonGroups: GroupRow[] };
  },
): RestartTarget {
  return {
    id: group.id,
    serverId: group.serverId,
    name: group.name,
    displayName: displayNameOf(group),
    socketPrefix: group.server.socketPrefix,
    otherGroups: group.server.daemonGroups.flatMap((other) => {
      const displayName = displayNameOf(other);
      return other.id === group.id || displayName === null ? [] : [{ name: other.name, displayName }];
    }),
  };
}

function displayNameOf(group: GroupRow): string | null {
  const value = ((group.options ?? {}) as Record<string, unknown>)['display-name'];
  return typeof value === 'string' && value !== '' ? value : null;
}

function servesTenant(scope: TenantScope): Prisma.DaemonGroupWhereInput {
  switch (scope.kind) {
    case 'admin':
      return {};
    case 'tenant':
      return { tenantId: scope.tenantId };
    case 'none':
      return { id: { in: [] } };
  }
}
