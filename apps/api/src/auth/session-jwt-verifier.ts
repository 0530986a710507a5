import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config.js';
import type { SessionTokenClaims } from './session-token-claims.js';

/** What AuthModule's JwtModule signs with: HS256, issuer "hostplane", exp always set. */
const ISSUER = 'hostplane';
/** Verified tokens remembered (a session sends the same token many times); emptied when full. */
const MAX_REMEMBERED = 10_000;

interface Verified {
  claims: SessionTokenClaims;
  exp: number;
  nbf: number | undefined;
}

/**
 * Verifies a session JWT with node:crypto directly: HS256 only, signature first (constant time), then
 * issuer, exp and nbf exactly as jsonwebtoken checks them (expired when now >= exp). The HMAC key is
 * imported ONCE as a KeyObject; the JWT library re-derived and probed the secret on every call, which was
 * the largest single cost of an authenticated request. Anything malformed is null (a 401), never a throw.
 */
@Injectable()
export class SessionJwtVerifier {
  private readonly key: KeyObject;
  /** token → its verified claims: the signature and shape never change, only the time checks are redone. */
  private readonly verified = new Map<string, Verified>();

  constructor(config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  verify(token: string, nowMs = Date.now()): SessionTokenClaims | null {
    const now = Math.floor(nowMs / 1000);
    const known = this.verified.get(token) ?? this.check(token);
    if (known === null || now >= known.exp || (known.nbf !== undefined && known.nbf > now)) return null;
    return known.claims;
  }

  /** Signature, algorithm, issuer and claim types: everything about the token that does not depend on time. */
  private check(token: string): Verified | null {
    const [header, payload, signature, extra] = token.split('.');
    if (header === undefined || payload === undefined || signature === undefined || extra !== undefined) {
      return null;
    }
    // Compared as text, as jws does: base64 decoding would ignore stray characters in the signature.
    const expected = Buffer.from(
      createHmac('sha256', this.key).update(`${header}.${payload}`).digest('base64url'),
    );
    const presented = Buffer.from(signature);
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return null;
    const head = decode(header);
    if (head?.['alg'] !== 'HS256') return null;
    const claims = decode(payload);
    if (claims === null) return null;
    const { sub, jti, iss, exp, nbf, iat } = claims;
    if (iss !== ISSUER || typeof exp !== 'number') return null;
    if (nbf !== undefined && typeof nbf !== 'number') return null;
    // jsonwebtoken always sets iat; without it a session could not be held against the credentials epoch.
    if (typeof iat !== 'number') return null;
    if (typeof sub !== 'string' || typeof jti !== 'string') return null;
    const verified = { claims: { sub, jti, iat }, exp, nbf };
    if (this.verified.size >= MAX_REMEMBERED) this.verified.clear();
    this.verified.set(token, verified);
    return verified;
  }
}

function decode(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
