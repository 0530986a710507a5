import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** Recognisable in logs, secret scanners and the Authorization header (distinguishes it from a JWT). */
export const API_TOKEN_PREFIX = 'hpt_';

/** hpt_<token id, 32 hex>_<secret, 43 base64url chars = 256 bits>. */
const TOKEN_PATTERN = /^hpt_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export interface IssuedToken {
  /** The row id; embedded in the token so verification is a primary-key lookup. */
  readonly id: string;
  /** The full token, shown to its creator once and never stored. */
  readonly token: string;
  /** Non-secret, shown in lists: "hpt_" + the first 8 hex digits of the id. */
  readonly prefix: string;
  readonly secretHash: string;
}

export interface ParsedToken {
  readonly id: string;
  readonly secret: string;
}

export function issueApiToken(): IssuedToken {
  const id = randomUUID();
  const compactId = id.replaceAll('-', '');
  const secret = randomBytes(32).toString('base64url');
  return {
    id,
    token: `${API_TOKEN_PREFIX}${compactId}_${secret}`,
    prefix: `${API_TOKEN_PREFIX}${compactId.slice(0, 8)}`,
    secretHash: hashSecret(secret),
  };
}

export function parseApiToken(token: string): ParsedToken | null {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const [, hex = '', secret = ''] = match;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { id, secret };
}

/**
 * SHA-256, not argon2: a password needs a slow hash because people choose guessable ones, but this
 * secret is 256 random bits, so no dictionary exists and brute force is hopeless whatever the hash
 * speed. A fast hash keeps every API request from paying argon2's deliberate ~50 ms.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Constant-time, so response timing reveals nothing about how much of a guessed secret matched. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
