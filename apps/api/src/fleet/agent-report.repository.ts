import { Inject, Injectable } from '@nestjs/common';
import { daemonGroupNameKey, Prisma } from '#db';
import type { TenantScope } from '../auth/tenant-scope.js';
import type { Database } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import type { AgentFacts, DaemonProcessDto, DriftFindingDto } from './agent-report.dto.js';

/** One report as stored: the heartbeat always, facts and processes only when the agent sent them. */
export interface StoredReport {
  agentVersion: string;
  appliedRevision: number | null;
  lastOutcome: 'live' | 'failed' | null;
  drift: DriftFindingDto[];
  facts: AgentFacts | undefined;
  processes: DaemonProcessDto[] | undefined;
}

/** The model's names whose facts the agent checks (users and groups of daemon groups, %{ENV:…} names). */
export interface NamesInModel {
  users: string[];
  groups: string[];
  selections: (string | null)[];
}

@Injectable()
export class AgentReportRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** null: no such server. */
  modelRevisionOf(serverId: string): Promise<{ modelRevision: number; pythonVersion: string | null } | null> {
    return this.db.server.findUnique({
      where: { id: serverId },
      select: { modelRevision: true, pythonVersion: true },
    });
  }

  /**
   * One statement per poll: insert the first report, overwrite the heartbeat of the next ones. Answers the
   * revision an admin forced over this agent's drift, if any.
   */
  async upsert(serverId: string, report: StoredReport, at: Date): Promise<{ forcedRevision: number | null }> {
    const heartbeat = {
      agentVersion: report.agentVersion,
      appliedRevision: report.appliedRevision,
      lastOutcome: report.lastOutcome,
      drift: report.drift as unknown as Prisma.InputJsonValue,
      lastSeenAt: at,
    };
    const facts =
      report.facts === undefined ? {} : { facts: report.facts as Prisma.InputJsonValue, factsReportedAt: at };
    const processes =
      report.processes === undefined
        ? {}
        : { processes: report.processes as unknown as Prisma.InputJsonValue, processesReportedAt: at };
    return this.db.agentReport.upsert({
      where: { serverId },
      create: { serverId, ...heartbeat, ...facts, ...processes },
      update: { ...heartbeat, ...facts, ...processes },
      select: { forcedRevision: true },
    });
  }

  /** A publish forced over reported drift: its agent must apply that revision with force too. */
  async recordForced(serverId: string, revision: number): Promise<void> {
    await this.db.agentReport.updateMany({ where: { serverId }, data: { forcedRevision: revision } });
  }

  async namesInModel(serverId: string): Promise<NamesInModel> {
    const envSelection = { startsWith: '%{ENV:' };
    const [groups, vhosts, directories] = await Promise.all([
      this.db.daemonGroup.findMany({ where: { serverId }, select: { user: true, group: true } }),
      this.db.virtualHost.findMany({
        where: { serverId, processGroup: envSelection },
        select: { processGroup: true },
      }),
      this.db.directory.findMany({
        where: { serverId, processGroup: envSelection },
        select: { processGroup: true },
      }),
    ]);
    return {
      users: groups.flatMap((g) => (g.user === null ? [] : [g.user])),
      groups: groups.flatMap((g) => (g.group === null ? [] : [g.group])),
      selections: [...vhosts, ...directories].map((row) => row.processGroup),
    };
  }

  /** The drift the agent last reported; null when it never reported. */
  async reportedDrift(serverId: string): Promise<DriftFindingDto[] | null> {
    const row = await this.db.agentReport.findUnique({ where: { serverId }, select: { drift: true } });
    return row === null ? null : (row.drift as unknown as DriftFindingDto[]);
  }

  /** The facts the agent last sent; null when it never sent any. */
  async reportedFacts(serverId: string): Promise<AgentFacts | null> {
    const row = await this.db.agentReport.findUnique({ where: { serverId }, select: { facts: true } });
    return (row?.facts ?? null) as AgentFacts | null;
  }

  /** The group (when in the caller's scope) and the processes its server's agent last reported for it. */
  async groupProcesses(id: string, scope: TenantScope) {
    const group = await this.db.daemonGroup.findFirst({
      where: { AND: [{ id }, servesTenant(scope)] },
      select: { id: true, serverId: true, name: true, nameKey: true },
    });
    if (group === null) return null;
    const report = await this.db.agentReport.findUnique({
      where: { serverId: group.serverId },
      select: { processes: true, processesReportedAt: true },
    });
    const all = (report?.processes ?? []) as unknown as DaemonProcessDto[];
    return {
      group,
      reportedAt: report?.processesReportedAt ?? null,
      // mod_wsgi compares group names case-insensitively, so does this.
      processes: all.filter((p) => daemonGroupNameKey(p.group) === group.nameKey),
    };
  }
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
