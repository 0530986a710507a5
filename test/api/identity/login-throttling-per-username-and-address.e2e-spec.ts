import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';

function expectTooManyRequests(res: Response, windowSeconds: number, reason: RegExp): void {
  expect(res.status).toBe(429);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const retryAfter = Number(res.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(res.body).toMatchObject({
    type: 'urn:hostplane:problem:too-many-requests',
    title: 'Too many requests',
    status: 429,
    detail: expect.stringMatching(reason),
    retryAfter,
  });
}

describe('login throttling per username', () => {
  let t: TestApp;
  let alice: SeededUser;
  let bob: SeededUser;
  const login = (username: string, password: string) =>
    t.http().post('/api/v1/auth/login').send({ username, password });

  beforeAll(async () => {
    t = await startApp({
      env: {
        LOGIN_THROTTLE_PER_USERNAME: '3',
        LOGIN_THROTTLE_PER_ADDRESS: '50',
        LOGIN_THROTTLE_WINDOW_SECONDS: '600',
      },
    });
    alice = await seedUser(t.app, 'alice', 'admin');
    bob = await seedUser(t.app, 'bob', 'tenant');
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 429 with Retry-After after the allowed failures, even for the right password', async () => {
    for (let i = 0; i < 3; i++) await login('alice', 'wrong-password-guess').expect(401);
    expectTooManyRequests(await login('alice', 'wrong-password-guess'), 600, /username/);
    expectTooManyRequests(await login('alice', alice.password), 600, /username/);
    // Case variants share the budget.
    expect((await login('ALICE', 'wrong-password-guess')).status).toBe(429);
  });

  it('limits one username without touching the others', async () => {
    await login('bob', bob.password).expect(200);
  });

  it('successful logins do not count against the user', async () => {
    for (let i = 0; i < 6; i++) await login('bob', bob.password).expect(200);
    for (let i = 0; i < 3; i++) await login('bob', 'wrong-password-guess').expect(401);
    expect((await login('bob', bob.password)).status).toBe(429);
  });
});

describe('login throttling per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({
      env: {
        LOGIN_THROTTLE_PER_USERNAME: '50',
        LOGIN_THROTTLE_PER_ADDRESS: '4',
        LOGIN_THROTTLE_WINDOW_SECONDS: '300',
      },
    });
    await seedUser(t.app, 'carol', 'admin');
  });
  afterAll(async () => {
    await t.close();
  });

  it('one address spraying many usernames gets 429 once its failures reach the limit', async () => {
    for (const username of ['u1', 'u2', 'u3', 'u4']) {
      await t.http().post('/api/v1/auth/login').send({ username, password: 'guess-guess' }).expect(401);
    }
    const res = await t.http().post('/api/v1/auth/login').send({ username: 'u5', password: 'guess-guess' });
    expectTooManyRequests(res, 300, /address/);
    const carol = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'carol', password: 'carol-password-123' });
    expectTooManyRequests(carol, 300, /address/);
  });
});

describe('login throttling behind a load balancer (TRUST_PROXY)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({
      env: {
        LOGIN_THROTTLE_PER_USERNAME: '50',
        LOGIN_THROTTLE_PER_ADDRESS: '2',
        LOGIN_THROTTLE_WINDOW_SECONDS: '300',
        TRUST_PROXY: '1',
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const fail = (client: string, username: string) =>
    t
      .http()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', client)
      .send({ username, password: 'guess-guess' });

  it('counts each client behind the proxy on its own, not the proxy as one address', async () => {
    await fail('203.0.113.7', 'a1').expect(401);
    await fail('203.0.113.7', 'a2').expect(401);
    expectTooManyRequests(await fail('203.0.113.7', 'a3'), 300, /address/);
    // Another client behind the same proxy (same TCP peer) still has its whole budget.
    await fail('198.51.100.9', 'b1').expect(401);
  });
});
