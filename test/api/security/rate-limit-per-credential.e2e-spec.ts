import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';

describe('rate limit per credential on every route', () => {
  let t: TestApp;
  let first: string;
  let second: string;
  beforeAll(async () => {
    t = await startApp({ env: { RATE_LIMIT_PER_CREDENTIAL: '3', RATE_LIMIT_WINDOW_SECONDS: '120' } });
    const alice = await seedUser(t.app, 'alice', 'admin');
    first = await logInAs(t, alice);
    second = await logInAs(t, alice);
  });
  afterAll(async () => {
    await t.close();
  });

  const me = (token: string) => t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`);

  it('counts each credential on its own and answers 429 with Retry-After and RateLimit past the limit', async () => {
    for (let remaining = 2; remaining >= 0; remaining--) {
      const res = await me(first).expect(200);
      expect(res.headers['ratelimit']).toMatch(new RegExp(`^"credential";r=${remaining};t=\\d+$`));
      expect(res.headers['ratelimit-policy']).toBe('"credential";q=3;w=120');
    }
    const refused = await me(first).expect(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(120);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: 'urn:hostplane:problem:too-many-requests',
      status: 429,
      retryAfter,
    });
    // Another session of the same user has its own budget.
    await me(second).expect(200);
  });
});

describe('rate limit off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ env: { RATE_LIMIT_PER_CREDENTIAL: '0' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends no RateLimit header when RATE_LIMIT_PER_CREDENTIAL=0', async () => {
    const res = await t.http().get('/health');
    expect(res.headers['ratelimit']).toBeUndefined();
  });
});
