import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_PROCESS_GROUP_VARIABLE, type HtaccessRule } from '#apache';
import type { Database } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';

/** One directory's part of a group commit. */
export interface BatchedRulesWrite {
  directoryId: string;
  rules: readonly HtaccessRule[];
  /** From If-Match; null = unconditional. */
  expectedRevision: number | null;
  audit: {
    id: string;
    actorUserId: string;
    credentialId: string;
    tenantId: string | null;
    before: unknown;
    after: unknown;
  };
}

/**
 * Several tenants' .htaccess writes on one server committed by ONE autocommitted statement: the group
 * commit of HtaccessGroupCommit (one round trip and one WAL flush for the whole batch).
 */
@Injectable()
export class HtaccessBatchRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /**
   * All or nothing: bumps servers.model_revision once — only if it is still `modelRevision` and EVERY
   * directory is on the server and passes its If-Match —, then per directory bumps htaccess_revision,
   * upserts its rules by position and trims the tail, and inserts its audit event. Returns each directory's
   * new htaccess_revision, or null when nothing was written (the callers then take the exact, locked path).
   *
   * Safe without an interactive transaction for the reason given at HtaccessRepository.replaceRulesAtRevision:
   * the server UPDATE takes the row lock every model write takes and re-checks model_revision on the latest
   * row version, and every write that could change these directories bumps model_revision under that lock.
   */
  async replaceRulesAtRevision(
    serverId: string,
    modelRevision: number,
    writes: readonly BatchedRulesWrite[],
  ): Promise<Map<string, number> | null> {
    const directories = JSON.stringify(
      writes.map((w) => ({ id: w.directoryId, expected: w.expectedRevision })),
    );
    const rules = JSON.stringify(
      writes.flatMap((w) =>
        w.rules.map((rule, position) => ({
          directory_id: w.directoryId,
          position,
          files: rule.files ?? null,
          files_match: rule.filesMatch ?? null,
          variable: rule.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE,
          process_group: rule.processGroup,
        })),
      ),
    );
    const audits = JSON.stringify(
      writes.map((w) => ({
        id: w.audit.id,
        directory_id: w.directoryId,
        actor_user_id: w.audit.actorUserId,
        credential_id: w.audit.credentialId,
        tenant_id: w.audit.tenantId,
        before: w.audit.before ?? null,
        after: w.audit.after ?? null,
      })),
    );
    const rows = await this.db.$queryRaw<{ id: string; htaccess_revision: number }[]>`
      WITH input AS (
        SELECT * FROM jsonb_to_recordset(${directories}::jsonb) AS d(id text, expected int)
      ), srv AS (
        UPDATE servers SET model_revision = model_revision + 1
        WHERE id = ${serverId} AND model_revision = ${modelRevision}::int
          AND NOT EXISTS (
            SELECT 1 FROM input i LEFT JOIN directories x ON x.id = i.id AND x.server_id = ${serverId}
            WHERE x.id IS NULL OR (i.expected IS NOT NULL AND x.htaccess_revision <> i.expected))
        RETURNING id
      ), dir AS (
        UPDATE directories SET htaccess_revision = htaccess_revision + 1, updated_at = now()
        WHERE id IN (SELECT id FROM input) AND EXISTS (SELECT 1 FROM srv)
        RETURNING id, htaccess_revision
      ), wanted AS (
        SELECT * FROM jsonb_to_recordset(${rules}::jsonb)
          AS r(directory_id text, position int, files text, files_match text, variable text, process_group text)
      ), upserted AS (
        INSERT INTO htaccess_rules (id, directory_id, position, files, files_match, variable, process_group)
        SELECT gen_random_uuid()::text, w.directory_id, w.position, w.files, w.files_match, w.variable,
          w.process_group
        FROM wanted w JOIN dir ON dir.id = w.directory_id
        ON CONFLICT (directory_id, position) DO UPDATE SET files = excluded.files,
          files_match = excluded.files_match, variable = excluded.variable, process_group = excluded.process_group
        RETURNING 1
      ), trimmed AS (
        DELETE FROM htaccess_rules h
        USING dir
        WHERE h.directory_id = dir.id
          AND h.position >= (SELECT count(*) FROM wanted w WHERE w.directory_id = dir.id)
        RETURNING 1
      ), audited AS (
        INSERT INTO audit_events (id, actor_user_id, credential_id, action, target_type, target_id, server_id,
          tenant_id, before, after)
        SELECT a.id, a.actor_user_id, a.credential_id, 'htaccess.replace', 'directory', a.directory_id,
          ${serverId}, a.tenant_id, a.before, a.after
        FROM jsonb_to_recordset(${audits}::jsonb)
          AS a(id text, directory_id text, actor_user_id text, credential_id text, tenant_id text,
            before jsonb, after jsonb)
        JOIN dir ON dir.id = a.directory_id
        RETURNING 1
      )
      SELECT id, htaccess_revision FROM dir`;
    if (rows.length !== writes.length) return null;
    return new Map(rows.map((row) => [row.id, row.htaccess_revision]));
  }
}
