/**
 * The hand-rolled HS256 check on the request hot path refuses everything the JWT library refused: a
 * wrong key, a tampered payload, alg "none", another issuer, expiry (also for a token it remembered).
 */
import { describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { SessionJwtVerifier } from '#api/auth/session-jwt-verifier.js';
import { AppConfig } from '#api/platform/config/app-config.js';
import type { AppConfigValues } from '#api/platform/config/app-config-values.js';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const verifier = new SessionJwtVerifier(new AppConfig({ jwtSecret: SECRET } as AppConfigValues));
const sign = (payload: object, options: { secret?: string; issuer?: string; expiresIn?: number } = {}) =>
  new JwtService().sign(
    { ...payload },
    {
      secret: options.secret ?? SECRET,
      algorithm: 'HS256',
      issuer: options.issuer ?? 'hostplane',
      expiresIn: options.expiresIn ?? 900,
    },
  );
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('SessionJwtVerifier', () => {
  it('accepts a token the login signs and returns its claims', () => {
    expect(verifier.verify(sign({ sub: 'u1', jti: 'j1' }))).toEqual({
      sub: 'u1',
      jti: 'j1',
      iat: expect.any(Number),
    });
  });

  it('keeps a millisecond iat, and refuses a token without iat (it cannot be held against the epoch)', () => {
    const iat = Math.floor(Date.now() / 1000) + 0.123;
    expect(verifier.verify(sign({ sub: 'u1', jti: 'j3', iat }))?.iat).toBe(iat);
    const now = Math.floor(Date.now() / 1000);
    const noIat = new JwtService().sign(
      { sub: 'u1', jti: 'j4', exp: now + 900 },
      { secret: SECRET, algorithm: 'HS256', issuer: 'hostplane', noTimestamp: true },
    );
    expect(verifier.verify(noIat)).toBeNull();
  });

  it('refuses another key, a tampered payload, alg none and another issuer', () => {
    const good = sign({ sub: 'u1', jti: 'j1' });
    const [header, , signature] = good.split('.');
    const now = Math.floor(Date.now() / 1000);
    const tampered = `${header}.${b64({ sub: 'admin', jti: 'j1', iss: 'hostplane', exp: now + 900 })}.${signature}`;
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'u1', jti: 'j1', iss: 'hostplane', exp: now + 900 })}.`;
    expect(verifier.verify(sign({ sub: 'u1', jti: 'j1' }, { secret: `${SECRET}-other` }))).toBeNull();
    expect(verifier.verify(tampered)).toBeNull();
    expect(verifier.verify(none)).toBeNull();
    expect(verifier.verify(sign({ sub: 'u1', jti: 'j1' }, { issuer: 'someone-else' }))).toBeNull();
    expect(verifier.verify(`${good}x`)).toBeNull();
    expect(verifier.verify('not.a.jwt')).toBeNull();
  });

  it('refuses a remembered token once it has expired', () => {
    const token = sign({ sub: 'u1', jti: 'j2' }, { expiresIn: 60 });
    expect(verifier.verify(token)).not.toBeNull();
    expect(verifier.verify(token, Date.now() + 61_000)).toBeNull();
  });
});
