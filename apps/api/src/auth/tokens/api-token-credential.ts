import type { UserAccount } from '../users/user-account.js';

/** What verifying a presented token needs: its hash, its validity window and its owner, in one read. */
export interface ApiTokenCredential {
  readonly id: string;
  readonly tokenHash: string;
  readonly expiresAt: Date | null;
  readonly revokedAt: Date | null;
  readonly lastUsedAt: Date | null;
  /** An agent token's server; null for an ordinary token. */
  readonly serverId: string | null;
  readonly user: Omit<UserAccount, 'passwordHash'>;
}
