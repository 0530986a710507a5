import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '#db';
import type { Database } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import { keyset, type Page, type PageRequest } from '../../platform/http/pagination/index.js';
import type { ApiTokenCredential } from './api-token-credential.js';
import { API_TOKEN_VIEW_FIELDS, type ApiTokenView } from './api-token-view.js';

type Tx = Prisma.TransactionClient;

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

  /** Conditional, so concurrent requests of the same token write at most once per staleness window. */
  async touchLastUsed(id: string, now: Date, staleBefore: Date): Promise<void> {
    await this.db.apiToken.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }

  /** Unrevoked tokens, oldest first. ownerId null = every owner (admins); it is not optional on purpose. */
  async listPage(
    ownerId: string | null,
    filters: { userId?: string | undefined; name?: string | undefined },
    page: PageRequest,
  ): Promise<Page<ApiTokenView>> {
    const ks = keyset(page, 'createdAt');
    const rows = await this.db.apiToken.findMany({
      where: {
        AND: [
          { revokedAt: null },
          ownerId === null ? {} : { userId: ownerId },
          filters.userId === undefined ? {} : { userId: filters.userId },
          filters.name === undefined ? {} : { name: filters.name },
          ks.where,
        ],
      },
      orderBy: ks.orderBy,
      take: ks.take,
      select: API_TOKEN_VIEW_FIELDS,
    });
    return ks.page(rows, (row) => row);
  }

  create(tx: Tx, token: NewApiToken): Promise<ApiTokenView> {
    return tx.apiToken.create({ data: token, select: API_TOKEN_VIEW_FIELDS });
  }

  /** Not revoked; ownerId null = any owner (admins). Row-locked so two revocations cannot both win. */
  async findUnrevokedForUpdate(tx: Tx, id: string, ownerId: string | null): Promise<ApiTokenView | null> {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM api_tokens WHERE id = ${id}::text AND revoked_at IS NULL FOR UPDATE`;
    if (locked.length === 0) return null;
    return tx.apiToken.findFirst({
      where: { id, revokedAt: null, ...(ownerId === null ? {} : { userId: ownerId }) },
      select: API_TOKEN_VIEW_FIELDS,
    });
  }

  async serverExists(tx: Tx, serverId: string): Promise<boolean> {
    return (await tx.server.count({ where: { id: serverId } })) > 0;
  }

  async revoke(tx: Tx, id: string, now: Date): Promise<void> {
    await tx.apiToken.update({ where: { id }, data: { revokedAt: now } });
  }
}
