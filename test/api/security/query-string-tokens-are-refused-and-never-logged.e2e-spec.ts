import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';

// Issue 9, finding 1: `?access_token=` was accepted, and the access log kept the whole URL.
describe('credentials travel in Authorization only, and a query never reaches the log with its secrets', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startApp();
    token = await logInAs(t, await seedUser(t.app, 'alice', 'admin'));
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 401 to a token in the query string', async () => {
    const res = await t.http().get(`/api/v1/me?access_token=${token}`).expect(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    // The problem's `instance` does not echo it either.
    expect(res.text).not.toContain(token);
  });

  it('answers 401 to a token in the body', async () => {
    await t.http().post('/api/v1/auth/tokens').send({ name: 'x', access_token: token }).expect(401);
  });

  it('still reads the header when the query carries a token too', async () => {
    await t
      .http()
      .get('/api/v1/me?access_token=whatever')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
  });

  it('logs the request with the secret query values redacted', async () => {
    await t.http().get(`/api/v1/me?access_token=${token}&page=2`).expect(401);
    await t.http().get(`/api/v1/me?access%5Ftoken=${token}`).expect(401);
    const logged = JSON.stringify(t.logs.lines);
    expect(logged).not.toContain(token);
    const urls = t.logs.lines
      .map((line) => (line['req'] as { url?: string } | undefined)?.url)
      .filter((url): url is string => url?.startsWith('/api/v1/me?') ?? false);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/api/v1/me?access_token=[REDACTED]&page=2',
        '/api/v1/me?access%5Ftoken=[REDACTED]',
      ]),
    );
  });
});
