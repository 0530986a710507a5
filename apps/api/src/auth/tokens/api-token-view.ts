/** A token as its owner and admins see it: never the secret nor its hash. */
export interface ApiTokenView {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly prefix: string;
  readonly expiresAt: Date | null;
  readonly serverId: string | null;
  readonly lastUsedAt: Date | null;
  readonly createdAt: Date;
}

export const API_TOKEN_VIEW_FIELDS = {
  id: true,
  userId: true,
  name: true,
  prefix: true,
  expiresAt: true,
  serverId: true,
  lastUsedAt: true,
  createdAt: true,
} as const;
