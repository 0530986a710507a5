/** What a session JWT carries: the user and a unique id (the credential id for audit). Role is looked up. */
export interface SessionTokenClaims {
  readonly sub: string;
  readonly jti: string;
  /**
   * Issued-at, seconds since the epoch with millisecond precision (a non-integer NumericDate, RFC 7519 §2):
   * a session issued before the user's credentials epoch is refused, and whole seconds could not tell a
   * session from just before a password change from one just after it.
   */
  readonly iat: number;
}

/** iat in epoch milliseconds; rounding undoes the float error of seconds-with-a-fraction. */
export function issuedAtMs(claims: SessionTokenClaims): number {
  return Math.round(claims.iat * 1000);
}
