import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';

// Issue 9, finding 6: five wrong passwords locked any account, admin included, from every address.
describe('login throttling slows a guesser without locking the account owner out', () => {
  let t: TestApp;
  let admin: SeededUser;
  const login = (from: string, username: string, password: string) =>
    t.http().post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ username, password });

  beforeAll(async () => {
    t = await startApp({
      env: { TRUST_PROXY: '1', LOGIN_THROTTLE_PER_USERNAME: '5', RATE_LIMIT_PER_CREDENTIAL: '1000' },
    });
    admin = await seedUser(t.app, 'admin', 'admin');
  });
  afterAll(async () => {
    await t.close();
  });

  it('blocks the guessing address with 429, Retry-After and RateLimit headers', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await login('203.0.113.66', 'admin', `guess-number-${i}`).expect(401);
      // The login policy first, then the per-address one every public route has.
      expect(res.headers['ratelimit']).toMatch(
        new RegExp(`^"login";r=${5 - i};t=900, "credential";r=\\d+;t=\\d+$`),
      );
    }
    const blocked = await login('203.0.113.66', 'admin', 'guess-number-6').expect(429);
    expect(blocked.headers['retry-after']).toBe('60');
    expect(blocked.headers['ratelimit']).toBe('"login";r=0;t=60');
    expect(blocked.headers['ratelimit-policy']).toBe('"login";q=5;w=900');
    expect(blocked.body).toMatchObject({ type: 'urn:hostplane:problem:too-many-requests', retryAfter: 60 });
  });

  it('lets the admin in with the right password from a clean address meanwhile', async () => {
    await login('198.51.100.1', 'admin', admin.password).expect(200);
  });

  it('does not let a second address make it worse for a third', async () => {
    for (let i = 0; i < 5; i++) await login('203.0.113.77', 'admin', `guess-number-${i}`).expect(401);
    await login('203.0.113.77', 'admin', admin.password).expect(429);
    await login('192.0.2.200', 'admin', admin.password).expect(200);
  });
});
