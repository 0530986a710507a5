import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { UserRepository } from '../users/user.repository.js';
import type { Principal } from './principal.js';
import type { SessionTokenClaims } from './session-token-claims.js';

/**
 * `Authorization: Bearer <JWT>` for people. The user is re-read on every request so a disabled
 * user or a changed role takes effect at once, not when the token expires.
 * Returning null makes passport fail, which the guard answers with 401.
 */
@Injectable()
export class SessionJwtStrategy extends PassportStrategy(Strategy, 'session-jwt') {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UserRepository,
  ) {
    super();
  }

  async validate(token: string): Promise<Principal | null> {
    const claims = await this.verify(token);
    if (!claims) return null;
    const user = await this.users.findAccountById(claims.sub);
    if (!user || user.disabled) return null;
    return {
      userId: user.id,
      username: user.username,
      role: user.role,
      tenantId: user.tenantId,
      credentialId: `session:${claims.jti}`,
      serverScope: null,
    };
  }

  private async verify(token: string): Promise<SessionTokenClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<Partial<SessionTokenClaims>>(token);
      return typeof claims.sub === 'string' && typeof claims.jti === 'string'
        ? { sub: claims.sub, jti: claims.jti }
        : null;
    } catch {
      // Expired, malformed or forged: all the same to the caller, a 401.
      return null;
    }
  }
}
