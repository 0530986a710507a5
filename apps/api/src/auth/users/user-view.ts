import type { UserRole } from './user-role.js';

/** A user as the admin API shows it: never the password hash. */
export interface UserView {
  readonly id: string;
  readonly username: string;
  readonly role: UserRole;
  readonly tenantId: string | null;
  readonly disabled: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export const USER_VIEW_FIELDS = {
  id: true,
  username: true,
  role: true,
  tenantId: true,
  disabled: true,
  createdAt: true,
  updatedAt: true,
} as const;
