import { Inject, Injectable } from '@nestjs/common';
import type { FactSubject, ModuleUse } from '#apache';
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
  pythonVersion: string | null;
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
  /** Some fact contradicts the model (the SQL twin of checkFacts(), libs/apache/src/facts). */
  mismatch: boolean;
}

/** Per server, the path of the first object using each directive a module provides (null: none). */
interface ModuleUseRow {
  serverId: string;
  rewriteMap: string | null;
  alias: string | null;
  setEnv: string | null;
  addHandler: string | null;
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

  /**
   * The model side of the fact check per server (libs/apache's FactSubject) from a few columns, so a page
   * of the fleet needs two statements instead of loading every server's model.
   */
  async subjectsOf(rows: readonly FleetRow[]): Promise<Map<string, FactSubject>> {
    const ids = rows.map((r) => r.id);
    // Module uses matter only where the agent sent its module list.
    const withModules = rows.filter((r) => Array.isArray((r.facts as { modules?: unknown } | null)?.modules));
    const [groups, uses] = await Promise.all([
      this.db.daemonGroup.findMany({
        where: { serverId: { in: ids } },
        select: { id: true, serverId: true, name: true, user: true, group: true },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
      withModules.length === 0
        ? []
        : this.db.$queryRaw<ModuleUseRow[]>`${moduleUsesOf(withModules.map((r) => r.id))}`,
    ]);
    const usesById = new Map(uses.map((u) => [u.serverId, u]));
    return new Map(
      rows.map((row) => [
        row.id,
        {
          modWsgiVersion: row.modWsgiVersion,
          pythonVersion: row.pythonVersion,
          daemonGroups: groups.filter((g) => g.serverId === row.id),
          moduleUses: moduleUses(usesById.get(row.id)),
        },
      ]),
    );
  }
}

/**
 * moduleUsesOf()'s SQL twin: each directive's first use in the model's order (creation order; vhosts
 * before directories; a directory's env before its .htaccess rules).
 */
function moduleUsesOf(serverIds: readonly string[]): Prisma.Sql {
  const firstVhost = (field: string, where: Prisma.Sql) =>
    Prisma.sql`(SELECT '/virtual-hosts/' || v.id || ${`/${field}`} FROM virtual_hosts v
      WHERE v.server_id = s.id AND ${where} ORDER BY v.created_at, v.id LIMIT 1)`;
  const firstDirectory = (field: Prisma.Sql, where: Prisma.Sql) =>
    Prisma.sql`(SELECT '/directories/' || d.id || ${field} FROM directories d
      WHERE d.server_id = s.id AND ${where} ORDER BY d.created_at, d.id LIMIT 1)`;
  const hasEnv = Prisma.sql`d.env <> '{}'::jsonb`;
  const hasRules = Prisma.sql`EXISTS (SELECT 1 FROM htaccess_rules r WHERE r.directory_id = d.id)`;
  return Prisma.sql`
    SELECT s.id AS "serverId",
      ${firstVhost('processGroupMap', Prisma.sql`v.process_group_map IS NOT NULL`)} AS "rewriteMap",
      ${firstDirectory(Prisma.sql`'/urlPath'`, Prisma.sql`d.url_path IS NOT NULL`)} AS alias,
      COALESCE(
        ${firstVhost('env', Prisma.sql`v.env <> '{}'::jsonb`)},
        ${firstDirectory(Prisma.sql`CASE WHEN ${hasEnv} THEN '/env' ELSE '/rules' END`, Prisma.sql`(${hasEnv} OR ${hasRules})`)}
      ) AS "setEnv",
      ${firstDirectory(Prisma.sql`'/handlers'`, Prisma.sql`d.handlers <> '[]'::jsonb`)} AS "addHandler"
    FROM servers s WHERE s.id IN (${Prisma.join([...serverIds])})`;
}

/** In MODULE_OF's order, like moduleUsesOf(). */
function moduleUses(row: ModuleUseRow | undefined): ModuleUse[] {
  if (row === undefined) return [];
  const found: [ModuleUse['directive'], string | null][] = [
    ['RewriteMap', row.rewriteMap],
    ['Alias', row.alias],
    ['SetEnv', row.setEnv],
    ['AddHandler', row.addHandler],
  ];
  return found.flatMap(([directive, path]) => (path === null ? [] : [{ directive, path }]));
}

function rowsOf(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT s.id, s.name, s.created_at AS "createdAt", s.mod_wsgi_version AS "modWsgiVersion",
      s.python_version AS "pythonVersion",
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

/**
 * Keep in step with checkFacts() (libs/apache/src/facts/check-facts.ts) and moduleUsesOf(); a fact the agent
 * did not send is no mismatch.
 */
function mismatchOf(): Prisma.Sql {
  const xy = (field: string) =>
    Prisma.sql`array_to_string((string_to_array(r.facts->>${Prisma.raw(`'${field}'`)}, '.'))[1:2], '.')`;
  const lacks = (module: string) => Prisma.sql`NOT jsonb_exists(r.facts->'modules', ${module})`;
  const vhosts = (where: Prisma.Sql) =>
    Prisma.sql`EXISTS (SELECT 1 FROM virtual_hosts v WHERE v.server_id = s.id AND ${where})`;
  const directories = (where: Prisma.Sql) =>
    Prisma.sql`EXISTS (SELECT 1 FROM directories d WHERE d.server_id = s.id AND ${where})`;
  const rules = Prisma.sql`EXISTS (SELECT 1 FROM htaccess_rules hr JOIN directories d ON d.id = hr.directory_id
    WHERE d.server_id = s.id)`;
  return Prisma.sql`COALESCE(r.facts IS NOT NULL AND (
    (jsonb_typeof(r.facts->'modWsgiVersion') = 'string' AND ${xy('modWsgiVersion')} <> s.mod_wsgi_version)
    OR (s.python_version IS NOT NULL AND jsonb_typeof(r.facts->'pythonVersion') = 'string'
      AND ${xy('pythonVersion')} <> s.python_version)
    OR (jsonb_typeof(r.facts->'modules') = 'array' AND (${lacks('wsgi_module')}
      OR (${lacks('rewrite_module')} AND ${vhosts(Prisma.sql`v.process_group_map IS NOT NULL`)})
      OR (${lacks('alias_module')} AND ${directories(Prisma.sql`d.url_path IS NOT NULL`)})
      OR (${lacks('env_module')} AND (${vhosts(Prisma.sql`v.env <> '{}'::jsonb`)}
        OR ${directories(Prisma.sql`d.env <> '{}'::jsonb`)} OR ${rules}))
      OR (${lacks('mime_module')} AND ${directories(Prisma.sql`d.handlers <> '[]'::jsonb`)})))
    OR EXISTS (SELECT 1 FROM daemon_groups g WHERE g.server_id = s.id AND (
      (g."user" IS NOT NULL AND ${missing('Users', Prisma.sql`g."user"`)})
      OR (g."group" IS NOT NULL AND ${missing('Groups', Prisma.sql`g."group"`)})))
  ), FALSE)`;
}

/** The agent's missing list when it sent one; an older agent's list of existing names otherwise. */
function missing(kind: 'Users' | 'Groups', name: Prisma.Sql): Prisma.Sql {
  // Constant keys, spelled into the statement.
  const listed = Prisma.raw(`'missingUnix${kind}'`);
  const found = Prisma.raw(`'unix${kind}'`);
  return Prisma.sql`(CASE WHEN jsonb_typeof(r.facts->${listed}) = 'array'
    THEN jsonb_exists(r.facts->${listed}, ${name})
    ELSE jsonb_typeof(r.facts->${found}) = 'array' AND left(${name}, 1) <> '#'
      AND NOT jsonb_exists(r.facts->${found}, ${name}) END)`;
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
