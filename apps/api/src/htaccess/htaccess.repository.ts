import { Inject, Injectable } from '@nestjs/common';
import type { HtaccessRule, ServerModel } from '#apache';
import { Prisma } from '#db';
import { insertAuditEventsSql, type AuditRecord } from '../audit/audit-event.repository.js';
import type { Principal } from '../auth/principal.js';
import type { TenantScope } from '../auth/tenant-scope.js';
import { htaccessRuleFromRow, htaccessRuleToRow } from '../model-store/mappers/directory.mapper.js';
import { ServerModelRepository } from '../model-store/server-model.repository.js';
import type { Database, Queryable, Transaction } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import { asPersistenceConflict } from '../platform/database/persistence-conflict.js';

export interface HtaccessDirectory {
  id: string;
  serverId: string;
  tenantId: string;
  htaccessRevision: number;
  rules: HtaccessRule[];
}

/** One directory's part of a rules write: what the group commit and its locked fallback hand the statement. */
export interface RulesWrite {
  directoryId: string;
  rules: readonly HtaccessRule[];
  /** The htaccess_revisions If-Match accepts; null = unconditional. */
  expectedRevisions: readonly number[] | null;
  audit: HtaccessAudit;
}

/** What the audit event of an .htaccess write records besides its target: who, whose, before and after. */
export interface HtaccessAudit {
  readonly principal: Principal;
  readonly tenantId: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** The server row held FOR UPDATE: every model write of this server waits until the callback returns. */
export interface LockedServer {
  readonly modelRevision: number;
  /** The server's whole model, read in the locked transaction. */
  loadModel(): Promise<ServerModel>;
  /** Each directory's server and htaccess_revision as committed; unknown ids are absent. */
  directoryRevisions(
    directoryIds: readonly string[],
  ): Promise<Map<string, { serverId: string; htaccessRevision: number }>>;
  /** replaceRulesAtRevision inside the lock (its guard then always holds). */
  replaceRules(writes: readonly RulesWrite[]): Promise<Map<string, number> | null>;
}

const DIRECTORY_FIELDS = {
  id: true,
  serverId: true,
  tenantId: true,
  htaccessRevision: true,
  rules: { orderBy: { position: 'asc' as const } },
} as const;

/** Locks can queue behind a publish or a burst of writes on one server; Prisma's 5 s default is too tight. */
const LOCKED_TX = { maxWait: 10_000, timeout: 30_000 } as const;

/** The .htaccess side of a directory: its rules rows, the revision behind the ETag, and their one write. */
@Injectable()
export class HtaccessRepository {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly models: ServerModelRepository,
  ) {}

  /** The directory as the scope may see it: a tenant only finds its own (another tenant's id reads as absent). */
  async findDirectoryForTenant(directoryId: string, scope: TenantScope): Promise<HtaccessDirectory | null> {
    if (scope.kind === 'none') return null;
    const row = await this.db.directory.findFirst({
      where: scope.kind === 'admin' ? { id: directoryId } : { id: directoryId, tenantId: scope.tenantId },
      select: DIRECTORY_FIELDS,
    });
    return row === null ? null : { ...row, rules: row.rules.map(htaccessRuleFromRow) };
  }

  /**
   * THE .htaccess write, as one statement (one round trip, one commit, one WAL flush for a whole batch).
   * All or nothing: bumps servers.model_revision once — only if it is still `modelRevision` and EVERY
   * directory is on the server and passes its If-Match —, then per directory bumps htaccess_revision,
   * upserts its rules by position, trims the tail and inserts its audit event. Returns each directory's new
   * htaccess_revision, or null when nothing was written.
   *
   * Safe without an interactive transaction: the UPDATE of the server row takes the row lock every model
   * write takes and re-checks model_revision on the latest row version, and every write that could change
   * these directories bumps model_revision under that lock. If one committed after this statement's
   * snapshot, the UPDATE finds another revision and writes nothing — so the directory checks made in the
   * snapshot still hold when the dependent statements run. Rules are upserted by position and the tail
   * deleted (delete-all-then-insert would collide in one statement on the unique (directory_id, position)).
   * `client` is a transaction when the locked fallback runs it (withServerLocked).
   */
  async replaceRulesAtRevision(
    serverId: string,
    modelRevision: number,
    writes: readonly RulesWrite[],
    client: Queryable = this.db,
  ): Promise<Map<string, number> | null> {
    const directories = JSON.stringify(
      writes.map((w) => ({ id: w.directoryId, expected: w.expectedRevisions })),
    );
    const rules = JSON.stringify(
      writes.flatMap((w) =>
        w.rules.map((rule, position) => htaccessRuleToRow(w.directoryId, rule, position)),
      ),
    );
    const audits = writes.map((w) => auditRecord(serverId, w));
    try {
      const rows = await client.$queryRaw<{ id: string; htaccess_revision: number }[]>`
        WITH input AS (
          SELECT * FROM jsonb_to_recordset(${directories}::jsonb) AS d(id text, expected int[])
        ), srv AS (
          UPDATE servers SET model_revision = model_revision + 1
          WHERE id = ${serverId} AND model_revision = ${modelRevision}::int
            AND NOT EXISTS (
              SELECT 1 FROM input i LEFT JOIN directories x ON x.id = i.id AND x.server_id = ${serverId}
              WHERE x.id IS NULL OR (i.expected IS NOT NULL AND x.htaccess_revision <> ALL(i.expected)))
          RETURNING id
        ), dir AS (
          UPDATE directories SET htaccess_revision = htaccess_revision + 1, updated_at = now()
          WHERE id IN (SELECT id FROM input) AND EXISTS (SELECT 1 FROM srv)
          RETURNING id, htaccess_revision
        ), wanted AS (
          SELECT * FROM jsonb_to_recordset(${rules}::jsonb) AS r("directoryId" text, position int,
            files text, "filesMatch" text, variable text, "processGroup" text)
        ), upserted AS (
          INSERT INTO htaccess_rules (id, directory_id, position, files, files_match, variable, process_group)
          SELECT gen_random_uuid()::text, w."directoryId", w.position, w.files, w."filesMatch", w.variable,
            w."processGroup"
          FROM wanted w JOIN dir ON dir.id = w."directoryId"
          ON CONFLICT (directory_id, position) DO UPDATE SET files = excluded.files,
            files_match = excluded.files_match, variable = excluded.variable,
            process_group = excluded.process_group
          RETURNING 1
        ), trimmed AS (
          DELETE FROM htaccess_rules h
          USING dir
          WHERE h.directory_id = dir.id
            AND h.position >= (SELECT count(*) FROM wanted w WHERE w."directoryId" = dir.id)
          RETURNING 1
        ), audited AS (
          ${insertAuditEventsSql(audits, Prisma.sql`a.target_id IN (SELECT id FROM dir)`)}
          RETURNING 1
        )
        SELECT id, htaccess_revision FROM dir`;
      if (rows.length !== writes.length) return null;
      return new Map(rows.map((row) => [row.id, row.htaccess_revision]));
    } catch (error) {
      throw asPersistenceConflict(error);
    }
  }

  /**
   * Runs `work` in a transaction holding the server row FOR UPDATE (the lock every model write takes), so
   * nothing can change the server's model meanwhile. null when the server does not exist.
   */
  async withServerLocked<T>(serverId: string, work: (locked: LockedServer) => Promise<T>): Promise<T | null> {
    try {
      return await this.db.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<{ model_revision: number }[]>`
          SELECT model_revision FROM servers WHERE id = ${serverId} FOR UPDATE`;
        const modelRevision = rows[0]?.model_revision;
        if (modelRevision === undefined) return null;
        return work({
          modelRevision,
          loadModel: () => this.models.load(tx, serverId),
          directoryRevisions: (ids) => directoryRevisions(tx, ids),
          replaceRules: (writes) => this.replaceRulesAtRevision(serverId, modelRevision, writes, tx),
        });
      }, LOCKED_TX);
    } catch (error) {
      throw asPersistenceConflict(error);
    }
  }
}

function auditRecord(serverId: string, write: RulesWrite): AuditRecord {
  return {
    principal: write.audit.principal,
    action: 'htaccess.replace',
    targetType: 'directory',
    targetId: write.directoryId,
    serverId,
    tenantId: write.audit.tenantId,
    before: write.audit.before,
    after: write.audit.after,
  };
}

async function directoryRevisions(
  tx: Transaction,
  directoryIds: readonly string[],
): Promise<Map<string, { serverId: string; htaccessRevision: number }>> {
  const rows = await tx.directory.findMany({
    where: { id: { in: [...directoryIds] } },
    select: { id: true, serverId: true, htaccessRevision: true },
  });
  return new Map(rows.map((row) => [row.id, row]));
}
