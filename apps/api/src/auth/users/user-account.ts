import type { UserRole } from './user-role.js';

/** A user as authentication needs it (the hash never leaves the auth feature). */
export interface UserAccount {
  readonly id: string;
  readonly username: string;
  readonly passwordHash: string;
  readonly role: UserRole;
  readonly tenantId: string | null;
  readonly disabled: boolean;
}
