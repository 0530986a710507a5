import { Inject, Injectable } from '@nestjs/common';
import { Prisma } from '#db';
import type { Database } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import { keyset, type Page, type PageRequest } from '../platform/http/pagination/index.js';
import type { FleetState } from './fleet-status.dto.js';

/** One server with its agent's last report and where its revisions stand. */
export interface FleetRow {
  id: string;
  name: string;
  createdAt: Date;
  modWsgiVersion: string;
  agentVersion: string | null;
  appliedRevision: number | null;
  lastOutcome: string | null;
  drift: unknown;
  facts: unknown;
  factsReportedAt: Date | null;
  processes: unknown;
  processesReportedAt: Date | null;
  lastSeenAt: Date | null;
  liveRevision: number | null;
  wantedRevision: number | null;
  newestStatus: string | null;
  /** Some fact contradicts the model (the SQL twin of factMismatches()). */
  mismatch: boolean;
}

export interface DeclaredGroup {
  id: string;
  serverId: string;
  name: string;
  user: string | null;
  group: string | null;
}

/**
 * The fleet view, computed in one statement per page: servers ⟕ agent_reports, each server's live, wanted
 * and newest revision from the (server_id, revision) index, and the states as predicates, so ?state= filters
 * before the page is cut (keyset stays O(limit) for the pages; the scan is over servers, not history).
 */
@Injectable()
export class FleetRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async one(serverId: string): Promise<FleetRow | null> {
    const rows = await this.db.$queryRaw<FleetRow[]>`
      SELECT f.* FROM (${rowsOf(Prisma.sql`s.id = ${serverId}`)}) f`;
    return rows[0] ?? null;
  }

  async page<T>(
    request: PageRequest,
    state: FleetState | undefined,
    offlineBefore: Date,
    present: (row: FleetRow) => T,
  ): Promise<Page<T>> {
    const ks = keyset(request, 'createdAt');
    const after = 'OR' in ks.where ? ks.where.OR[1] : null;
    const seek =
      after === null
        ? Prisma.sql`TRUE`
        : Prisma.sql`(s.created_at, s.id) > (${after.createdAt}::timestamptz, ${'gt' in after.id ? after.id.gt : after.id.lt}::text)`;
    const filter = state === undefined ? Prisma.sql`TRUE` : predicate(state, offlineBefore);
    const rows = await this.db.$queryRaw<FleetRow[]>`
      SELECT f.* FROM (${rowsOf(seek)}) f
      WHERE ${filter}
      ORDER BY f."createdAt", f.id
      LIMIT ${ks.take}`;
    return ks.page(rows, present);
  }

  /** Servers per state, for the Prometheus gauge (a server may be in several). */
  async countByState(offlineBefore: Date): Promise<Record<FleetState | 'total', number>> {
    const [counts] = await this.db.$queryRaw<Record<FleetState | 'total', number>[]>`
      SELECT count(*)::int AS total,
        count(*) FILTER (WHERE ${predicate('offline', offlineBefore)})::int AS offline,
        count(*) FILTER (WHERE ${predicate('behind', offlineBefore)})::int AS behind,
        count(*) FILTER (WHERE ${predicate('failed', offlineBefore)})::int AS failed,
        count(*) FILTER (WHERE ${predicate('drift', offlineBefore)})::int AS drift,
        count(*) FILTER (WHERE ${predicate('mismatch', offlineBefore)})::int AS mismatch
      FROM (${rowsOf(Prisma.sql`TRUE`)}) f`;
    return counts ?? { total: 0, offline: 0, behind: 0, failed: 0, drift: 0, mismatch: 0 };
  }

  /** The daemon groups whose user= and group= the facts are checked against. */
  groupsOf(serverIds: readonly string[]): Promise<DeclaredGroup[]> {
    return this.db.daemonGroup.findMany({
      where: { serverId: { in: [...serverIds] } },
      select: { id: true, serverId: true, name: true, user: true, group: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }
}

function rowsOf(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT s.id, s.name, s.created_at AS "createdAt", s.mod_wsgi_version AS "modWsgiVersion",
      r.agent_version AS "agentVersion", r.applied_revision AS "appliedRevision",
      r.last_outcome AS "lastOutcome", r.drift, r.facts, r.facts_reported_at AS "factsReportedAt",
      r.processes, r.processes_reported_at AS "processesReportedAt", r.last_seen_at AS "lastSeenAt",
      (SELECT max(p.revision) FROM publications p
        WHERE p.server_id = s.id AND p.status = 'live') AS "liveRevision",
      (SELECT max(p.revision) FROM publications p
        WHERE p.server_id = s.id AND p.status IN ('pending', 'live')) AS "wantedRevision",
      (SELECT p.status::text FROM publications p
        WHERE p.server_id = s.id ORDER BY p.revision DESC LIMIT 1) AS "newestStatus",
      ${mismatchOf()} AS mismatch
    FROM servers s LEFT JOIN agent_reports r ON r.server_id = s.id
    WHERE ${where}`;
}

/** Keep in step with factMismatches() (fact-mismatches.ts); a fact the agent did not send is no mismatch. */
function mismatchOf(): Prisma.Sql {
  const wsgi = Prisma.sql`r.facts->>'modWsgiVersion'`;
  return Prisma.sql`COALESCE(r.facts IS NOT NULL AND (
    (jsonb_typeof(r.facts->'modWsgiVersion') = 'string'
      AND array_to_string((string_to_array(${wsgi}, '.'))[1:2], '.') <> s.mod_wsgi_version)
    OR (jsonb_typeof(r.facts->'modules') = 'array' AND NOT jsonb_exists(r.facts->'modules', 'wsgi_module'))
    OR EXISTS (SELECT 1 FROM daemon_groups g WHERE g.server_id = s.id AND (
      (g."user" IS NOT NULL AND jsonb_typeof(r.facts->'unixUsers') = 'array'
        AND NOT jsonb_exists(r.facts->'unixUsers', g."user"))
      OR (g."group" IS NOT NULL AND jsonb_typeof(r.facts->'unixGroups') = 'array'
        AND NOT jsonb_exists(r.facts->'unixGroups', g."group"))))
  ), FALSE)`;
}

/** The SQL twin of statesOf() (fleet-state.ts), over a row of rowsOf() named f. */
function predicate(state: FleetState, offlineBefore: Date): Prisma.Sql {
  switch (state) {
    case 'offline':
      return Prisma.sql`(f."lastSeenAt" IS NULL OR f."lastSeenAt" < ${offlineBefore}::timestamptz)`;
    case 'behind':
      return Prisma.sql`(f."wantedRevision" IS NOT NULL AND f."appliedRevision" IS DISTINCT FROM f."wantedRevision")`;
    case 'failed':
      return Prisma.sql`(f."lastOutcome" = 'failed' OR f."newestStatus" IN ('failed', 'rolled_back'))`;
    case 'drift':
      return Prisma.sql`(jsonb_array_length(COALESCE(f.drift, '[]'::jsonb)) > 0)`;
    case 'mismatch':
      return Prisma.sql`f.mismatch`;
  }
}
