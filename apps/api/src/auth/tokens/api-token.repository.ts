import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '#db';
import type { Database, Transaction } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import { keyset, type Page, type PageRequest } from '../../platform/http/pagination/index.js';
import type { ApiTokenCredential } from './api-token-credential.js';
import type { ApiTokenOwnerScope } from './api-token-owner-scope.js';

/** A token as its owner and admins see it: never the secret nor its hash. */
export interface ApiTokenRow {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly prefix: string;
  readonly expiresAt: Date | null;
  readonly serverId: string | null;
  readonly lastUsedAt: Date | null;
  readonly createdAt: Date;
}

const API_TOKEN_ROW_FIELDS = {
  id: true,
  userId: true,
  name: true,
  prefix: true,
  expiresAt: true,
  serverId: true,
  lastUsedAt: true,
  createdAt: true,
} as const satisfies Prisma.ApiTokenSelect;

export interface NewApiToken {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly prefix: string;
  readonly tokenHash: string;
  readonly expiresAt: Date | null;
  readonly serverId: string | null;
}

/** Purpose-named queries on API tokens; writes take the caller's transaction so audit shares it. */
@Injectable()
export class ApiTokenRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** One primary-key read with the owner joined: everything a request needs to trust the token. */
  findCredential(id: string): Promise<ApiTokenCredential | null> {
    return this.db.apiToken.findUnique({
      where: { id },
      select: {
        id: true,
        tokenHash: true,
        expiresAt: true,
        revokedAt: true,
        lastUsedAt: true,
        serverId: true,
        user: { select: { id: true, username: true, role: true, tenantId: true, disabled: true } },
      },
    });
  }

  /** Many tokens' lastUsedAt in one statement; never moves one back (another replica may have written later). */
  async touchLastUsed(ids: string[], usedAt: Date[]): Promise<void> {
    const iso = usedAt.map((at) => at.toISOString());
    await this.db.$executeRaw`
      UPDATE "api_tokens" AS t SET "last_used_at" = u.used_at
      FROM unnest(${ids}::text[], ${iso}::text[]::timestamptz[]) AS u(id, used_at)
      WHERE t."id" = u.id AND (t."last_used_at" IS NULL OR t."last_used_at" < u.used_at)`;
  }

  /** Unrevoked tokens in the owner scope, oldest first. */
  async listUnrevokedTokens(
    owners: ApiTokenOwnerScope,
    filters: { userId?: string | undefined; name?: string | undefined },
    page: PageRequest,
  ): Promise<Page<ApiTokenRow>> {
    const ks = keyset(page, 'createdAt');
    const rows = await this.db.apiToken.findMany({
      where: {
        AND: [
          { revokedAt: null },
          ownedInScope(owners),
          filters.userId === undefined ? {} : { userId: filters.userId },
          filters.name === undefined ? {} : { name: filters.name },
          ks.where,
        ],
      },
      orderBy: ks.orderBy,
      take: ks.take,
      select: API_TOKEN_ROW_FIELDS,
    });
    return ks.page(rows, (row) => row);
  }

  async serverExists(tx: Transaction, serverId: string): Promise<boolean> {
    return (await tx.server.count({ where: { id: serverId } })) > 0;
  }

  createToken(tx: Transaction, token: NewApiToken): Promise<ApiTokenRow> {
    return tx.apiToken.create({ data: token, select: API_TOKEN_ROW_FIELDS });
  }

  /**
   * The unrevoked token in the owner scope, row-locked so two revocations cannot both win; null when it
   * does not exist, is revoked, or is someone else's.
   */
  async lockUnrevokedToken(
    tx: Transaction,
    id: string,
    owners: ApiTokenOwnerScope,
  ): Promise<ApiTokenRow | null> {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM api_tokens WHERE id = ${id}::text AND revoked_at IS NULL FOR UPDATE`;
    if (locked.length === 0) return null;
    return tx.apiToken.findFirst({
      where: { AND: [{ id, revokedAt: null }, ownedInScope(owners)] },
      select: API_TOKEN_ROW_FIELDS,
    });
  }

  async revokeToken(tx: Transaction, id: string, now: Date): Promise<void> {
    await tx.apiToken.update({ where: { id }, data: { revokedAt: now } });
  }
}

function ownedInScope(owners: ApiTokenOwnerScope): Prisma.ApiTokenWhereInput {
  switch (owners.kind) {
    case 'everyone':
      return {};
    case 'user':
      return { userId: owners.userId };
  }
}
