import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_PROCESS_GROUP_VARIABLE, type HtaccessRule } from '#apache';
import type { Database } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import type { Tx } from '../model-store/index.js';
import { htaccessRuleFromRow } from '../model-store/mappers/directory.mapper.js';
import { AppError } from '../platform/errors/app-error.js';

/** The single-statement write of HtaccessRepository.replaceRulesAtRevision. */
export interface FastRulesWrite {
  serverId: string;
  directoryId: string;
  /** The model_revision the caller validated against; nothing is written if the server moved on. */
  modelRevision: number;
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

export interface HtaccessDirectory {
  id: string;
  serverId: string;
  tenantId: string;
  htaccessRevision: number;
  rules: HtaccessRule[];
}

const DIRECTORY_FIELDS = {
  id: true,
  serverId: true,
  tenantId: true,
  htaccessRevision: true,
  rules: { orderBy: { position: 'asc' as const } },
} as const;

/** The .htaccess side of a directory: its rules rows and the revision behind the ETag. */
@Injectable()
export class HtaccessRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /**
   * The directory as `tenantId` may see it: a tenant only finds its own (another tenant's id reads as
   * absent); `tenantId` null is the admin's unscoped view. Required on purpose, so no caller forgets it.
   */
  async findForTenant(directoryId: string, tenantId: string | null): Promise<HtaccessDirectory | null> {
    const row = await this.db.directory.findFirst({
      where: tenantId === null ? { id: directoryId } : { id: directoryId, tenantId },
      select: DIRECTORY_FIELDS,
    });
    return row === null ? null : { ...row, rules: row.rules.map(htaccessRuleFromRow) };
  }

  /**
   * Replaces the rules and bumps htaccess_revision. With `expectedRevision` (an If-Match), the UPDATE itself
   * checks it, so two writers holding the same ETag cannot both win. Returns the new revision.
   */
  async replaceRules(
    tx: Tx,
    directoryId: string,
    rules: readonly HtaccessRule[],
    expectedRevision: number | null,
  ): Promise<number> {
    const bumped = await tx.$queryRaw<{ htaccess_revision: number }[]>`
      UPDATE directories SET htaccess_revision = htaccess_revision + 1, updated_at = now()
      WHERE id = ${directoryId} AND (${expectedRevision}::int IS NULL OR htaccess_revision = ${expectedRevision}::int)
      RETURNING htaccess_revision`;
    const revision = bumped[0]?.htaccess_revision;
    if (revision === undefined) {
      throw new AppError(
        'PRECONDITION_FAILED',
        'The .htaccess changed while it was being written; GET it again.',
      );
    }
    await tx.htaccessRule.deleteMany({ where: { directoryId } });
    if (rules.length > 0) {
      await tx.htaccessRule.createMany({
        data: rules.map((rule, position) => ({
          directoryId,
          position,
          files: rule.files ?? null,
          filesMatch: rule.filesMatch ?? null,
          variable: rule.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE,
          processGroup: rule.processGroup,
        })),
      });
    }
    return revision;
  }

  /**
   * The whole .htaccess write as ONE autocommitted statement (one round trip, one commit): bump the server's
   * model_revision — only if it is still `modelRevision` and the directory still passes the If-Match —,
   * then bump the directory's htaccess_revision, replace its rules and insert the audit event.
   * Returns the new htaccess_revision, or null when nothing was written (the caller takes the locked path).
   *
   * Why this is safe without an interactive transaction: the UPDATE of the server row takes the same row
   * lock as every model write (ModelWriteService), and every write that could change this directory bumps
   * model_revision under that lock. If one committed after this statement's snapshot, the UPDATE re-checks
   * the new row version, finds another revision and writes nothing — so the EXISTS check on the directory,
   * made in the snapshot, is still true when the dependent statements run. Rules are upserted by position
   * and the tail deleted (not delete-all-then-insert, which would collide in one statement on the unique
   * (directory_id, position) key); rule row ids are never exposed.
   */
  async replaceRulesAtRevision(write: FastRulesWrite): Promise<number | null> {
    const rules = JSON.stringify(
      write.rules.map((rule, position) => ({
        position,
        files: rule.files ?? null,
        files_match: rule.filesMatch ?? null,
        variable: rule.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE,
        process_group: rule.processGroup,
      })),
    );
    const { audit } = write;
    const rows = await this.db.$queryRaw<{ htaccess_revision: number | null }[]>`
      WITH srv AS (
        UPDATE servers SET model_revision = model_revision + 1
        WHERE id = ${write.serverId} AND model_revision = ${write.modelRevision}::int
          AND EXISTS (
            SELECT 1 FROM directories
            WHERE id = ${write.directoryId} AND server_id = ${write.serverId}
              AND (${write.expectedRevision}::int IS NULL OR htaccess_revision = ${write.expectedRevision}::int))
        RETURNING id
      ), dir AS (
        UPDATE directories SET htaccess_revision = htaccess_revision + 1, updated_at = now()
        WHERE id = ${write.directoryId} AND EXISTS (SELECT 1 FROM srv)
        RETURNING id, htaccess_revision
      ), wanted AS (
        SELECT * FROM jsonb_to_recordset(${rules}::jsonb)
          AS r(position int, files text, files_match text, variable text, process_group text)
      ), upserted AS (
        INSERT INTO htaccess_rules (id, directory_id, position, files, files_match, variable, process_group)
        SELECT gen_random_uuid()::text, dir.id, w.position, w.files, w.files_match, w.variable, w.process_group
        FROM dir CROSS JOIN wanted w
        ON CONFLICT (directory_id, position) DO UPDATE SET files = excluded.files,
          files_match = excluded.files_match, variable = excluded.variable, process_group = excluded.process_group
        RETURNING 1
      ), trimmed AS (
        DELETE FROM htaccess_rules
        WHERE directory_id IN (SELECT id FROM dir) AND position >= (SELECT count(*) FROM wanted)
        RETURNING 1
      ), audited AS (
        INSERT INTO audit_events (id, actor_user_id, credential_id, action, target_type, target_id, server_id,
          tenant_id, before, after)
        SELECT ${audit.id}, ${audit.actorUserId}, ${audit.credentialId}, 'htaccess.replace', 'directory',
          dir.id, ${write.serverId}, ${audit.tenantId}, ${JSON.stringify(audit.before)}::jsonb,
          ${JSON.stringify(audit.after)}::jsonb
        FROM dir
        RETURNING 1
      )
      SELECT (SELECT htaccess_revision FROM dir) AS htaccess_revision`;
    return rows[0]?.htaccess_revision ?? null;
  }
}
