import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import type { Principal } from '../principal.js';
import { PrincipalCache } from '../principal-cache.js';
import { parseApiToken, secretMatches } from './api-token-format.js';
import { ApiTokenLastUsed } from './api-token-last-used.service.js';
import { ApiTokenRepository } from './api-token.repository.js';

/** lastUsedAt is informational: one noted use per token per minute is precise enough (written in batches). */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * `Authorization: Bearer hpt_…` for scripts. Anything without the prefix is left to the JWT strategy.
 * The token row and its owner are read on every request (from the PrincipalCache while the change listener
 * is live, which the api_tokens/users triggers invalidate), so a revocation, an expiry, a disabled user or
 * a changed role/tenant takes effect on the next request (other replicas: once the NOTIFY arrives). Returning null means 401.
 */
@Injectable()
export class ApiTokenStrategy extends PassportStrategy(Strategy, 'api-token') {
  constructor(
    private readonly tokens: ApiTokenRepository,
    private readonly principals: PrincipalCache,
    private readonly lastUsed: ApiTokenLastUsed,
  ) {
    super();
  }

  async validate(presented: string): Promise<Principal | null> {
    const parsed = parseApiToken(presented);
    if (!parsed) return null;
    const credential = await this.principals.token(parsed.id, () => this.tokens.findCredential(parsed.id));
    if (!credential || !secretMatches(parsed.secret, credential.tokenHash)) return null;
    const now = new Date();
    if (credential.revokedAt !== null) return null;
    if (credential.expiresAt !== null && credential.expiresAt <= now) return null;
    const { user } = credential;
    if (user.disabled) return null;
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    if (credential.lastUsedAt === null || credential.lastUsedAt < staleBefore) {
      this.lastUsed.noteUse(credential.id, now);
      this.principals.refreshToken(credential.id, { ...credential, lastUsedAt: now });
    }
    return {
      userId: user.id,
      username: user.username,
      role: user.role,
      tenantId: user.tenantId,
      credentialId: `token:${credential.id}`,
      serverScope: credential.serverId,
    };
  }
}
