import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '#db';
import { keyset, type Page, type PageRequest } from '../../platform/http/pagination/index.js';
import type { Database, Transaction } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import type { UserRole } from './user-role.js';

/** A user as the admin API shows it: never the password hash. */
export interface UserRow {
  readonly id: string;
  readonly username: string;
  readonly role: UserRole;
  readonly tenantId: string | null;
  readonly disabled: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const USER_ROW_FIELDS = {
  id: true,
  username: true,
  role: true,
  tenantId: true,
  disabled: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.UserSelect;

/** Arbitrary but fixed, distinct from the bootstrap (72707370) and migration (72707369) locks. */
const ADMIN_SET_LOCK_KEY = 72707371;

export interface UserFilters {
  readonly username?: string | undefined;
  readonly role?: UserRole | undefined;
  readonly tenantId?: string | undefined;
}

export interface UserChanges {
  readonly passwordHash?: string;
  readonly disabled?: boolean;
  readonly role?: UserRole;
  readonly tenantId?: string | null;
  /** The credentials epoch: sessions issued before it are refused. */
  readonly credentialsChangedAt?: Date;
}

/** User administration (admin data: no tenant scope); writes take the caller's transaction so audit shares it. */
@Injectable()
export class UserAdminRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async listUsers(filters: UserFilters, page: PageRequest): Promise<Page<UserRow>> {
    const ks = keyset(page, 'createdAt');
    const rows = await this.db.user.findMany({
      where: {
        AND: [
          filters.username === undefined ? {} : { username: filters.username },
          filters.role === undefined ? {} : { role: filters.role },
          filters.tenantId === undefined ? {} : { tenantId: filters.tenantId },
          ks.where,
        ],
      },
      orderBy: ks.orderBy,
      take: ks.take,
      select: USER_ROW_FIELDS,
    });
    return ks.page(rows, (row) => row);
  }

  findUser(id: string): Promise<UserRow | null> {
    return this.db.user.findUnique({ where: { id }, select: USER_ROW_FIELDS });
  }

  /**
   * Serialises every change that could remove an admin, so two concurrent "disable the other admin"
   * requests cannot both pass the last-admin check. Returns the target as it is under the lock.
   */
  async lockAdminSetAndFind(tx: Transaction, id: string): Promise<UserRow | null> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_SET_LOCK_KEY}::bigint)`;
    return tx.user.findUnique({ where: { id }, select: USER_ROW_FIELDS });
  }

  countEnabledAdminsExcept(tx: Transaction, id: string): Promise<number> {
    return tx.user.count({ where: { role: 'admin', disabled: false, id: { not: id } } });
  }

  async tenantExists(tx: Transaction, tenantId: string): Promise<boolean> {
    return (await tx.tenant.count({ where: { id: tenantId } })) > 0;
  }

  async usernameTaken(tx: Transaction, username: string): Promise<boolean> {
    return (await tx.user.count({ where: { username } })) > 0;
  }

  createUser(
    tx: Transaction,
    user: { username: string; passwordHash: string; role: UserRole; tenantId: string | null },
  ): Promise<UserRow> {
    return tx.user.create({ data: user, select: USER_ROW_FIELDS });
  }

  updateUser(tx: Transaction, id: string, changes: UserChanges): Promise<UserRow> {
    return tx.user.update({ where: { id }, data: changes, select: USER_ROW_FIELDS });
  }

  /** Revokes every unrevoked API token of the user; returns how many. */
  async revokeApiTokensOf(tx: Transaction, userId: string, now: Date): Promise<number> {
    const { count } = await tx.apiToken.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: now },
    });
    return count;
  }

  async deleteUser(tx: Transaction, id: string): Promise<void> {
    await tx.user.delete({ where: { id } });
  }
}
