import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { UserRepository } from './users/user.repository.js';
import type { Principal } from './principal.js';
import { PrincipalCache } from './principal-cache.js';
import { SessionJwtVerifier } from './session-jwt-verifier.js';
import { issuedAtMs } from './session-token-claims.js';

/**
 * `Authorization: Bearer <JWT>` for people. The user is re-read on every request — from the PrincipalCache
 * while the change listener is live (invalidated by the users trigger's NOTIFY), from the database
 * otherwise — so a disabled user or a changed role takes effect at once, not when the token expires.
 * Returning null makes passport fail, which the guard answers with 401.
 */
@Injectable()
export class SessionJwtStrategy extends PassportStrategy(Strategy, 'session-jwt') {
  constructor(
    private readonly verifier: SessionJwtVerifier,
    private readonly users: UserRepository,
    private readonly principals: PrincipalCache,
  ) {
    super();
  }

  async validate(token: string): Promise<Principal | null> {
    // Expired, malformed or forged: all the same to the caller, a 401.
    const claims = this.verifier.verify(token);
    if (!claims) return null;
    const user = await this.principals.user(claims.sub, () => this.users.findPrincipalById(claims.sub));
    if (!user || user.disabled) return null;
    // Issued before the password, role, tenant or disabled flag last changed: that session has ended.
    if (issuedAtMs(claims) < user.credentialsChangedAt.getTime()) return null;
    return {
      userId: user.id,
      username: user.username,
      role: user.role,
      tenantId: user.tenantId,
      credentialId: `session:${claims.jti}`,
      serverScope: null,
    };
  }
}
