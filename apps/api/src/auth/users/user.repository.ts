import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import type { UserAccount } from './user-account.js';

const ACCOUNT_FIELDS = {
  id: true,
  username: true,
  passwordHash: true,
  role: true,
  tenantId: true,
  disabled: true,
} as const;

const { passwordHash: _hash, ...ACCOUNT_FIELDS_WITHOUT_HASH } = ACCOUNT_FIELDS;
const PRINCIPAL_FIELDS = { ...ACCOUNT_FIELDS_WITHOUT_HASH, credentialsChangedAt: true } as const;

/** What authenticating a session needs: the account without its hash, and the credentials epoch. */
export type SessionUser = Omit<UserAccount, 'passwordHash'> & { readonly credentialsChangedAt: Date };

/** Arbitrary but fixed: distinct from the migration runner's lock (72707369). */
const BOOTSTRAP_LOCK_KEY = 72707370;

/** Purpose-named queries on users (brocoders' habit): no pass-through `find(where)`. */
@Injectable()
export class UserRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The login's read, with the credentials epoch the new session must not predate. */
  findAccountByUsername(username: string): Promise<(UserAccount & { credentialsChangedAt: Date }) | null> {
    return this.db.user.findUnique({
      where: { username },
      select: { ...ACCOUNT_FIELDS, credentialsChangedAt: true },
    });
  }

  findAccountById(id: string): Promise<UserAccount | null> {
    return this.db.user.findUnique({ where: { id }, select: ACCOUNT_FIELDS });
  }

  /** What a request's principal needs (no password hash): the per-request read of session authentication. */
  findPrincipalById(id: string): Promise<SessionUser | null> {
    return this.db.user.findUnique({ where: { id }, select: PRINCIPAL_FIELDS });
  }

  async hasAnyUser(): Promise<boolean> {
    return (await this.db.user.count()) > 0;
  }

  /**
   * Creates the first admin only while the table is empty. The advisory lock serialises replicas
   * booting at the same time, so exactly one of them creates it.
   */
  createFirstAdmin(username: string, passwordHash: string): Promise<UserAccount | null> {
    return this.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BOOTSTRAP_LOCK_KEY}::bigint)`;
      if ((await tx.user.count()) > 0) return null;
      return tx.user.create({ data: { username, passwordHash, role: 'admin' }, select: ACCOUNT_FIELDS });
    });
  }
}
