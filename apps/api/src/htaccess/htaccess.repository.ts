import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_PROCESS_GROUP_VARIABLE, type HtaccessRule } from '#apache';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.tokens.js';
import type { Tx } from '../model-store/index.js';
import { htaccessRuleFromRow } from '../model-store/mappers/directory.mapper.js';
import { AppError } from '../common/errors/app-error.js';

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
}
