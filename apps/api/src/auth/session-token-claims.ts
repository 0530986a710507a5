/** What a session JWT carries: the user and a unique id (the credential id for audit). Role is looked up. */
export interface SessionTokenClaims {
  readonly sub: string;
  readonly jti: string;
}
