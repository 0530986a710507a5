import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';

function expectRefused(res: Response, where: 'path' | 'query' | 'body', pointer: string): void {
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    type: 'urn:hostplane:problem:request-invalid',
    field: { in: where, pointer },
    errors: [expect.objectContaining({ code: 'CONTROL_CHARACTER', path: pointer })],
  });
}

// Issue 9, finding 5: a NUL in an id, a filter or a name reached PostgreSQL and came back as a 500.
describe('NUL and other control characters are refused with 400 naming the field', () => {
  let t: TestApp;
  let token: string;
  const as = <T extends { set(name: string, value: string): T }>(req: T) =>
    req.set('Authorization', `Bearer ${token}`);
  beforeAll(async () => {
    t = await startApp();
    token = await logInAs(t, await seedUser(t.app, 'alice', 'admin'));
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    '/api/v1/servers/a%00b',
    '/api/v1/users/%00',
    '/api/v1/virtual-hosts/x%1B',
    '/api/v1/directories/%00/htaccess',
  ])('in a path parameter: GET %s', async (path) => {
    const res = await as(t.http().get(path));
    expectRefused(res, 'path', '/4');
    expect(res.body.detail).toMatch(
      /^Path segment 4 \(after \/api\/v1\/[a-z-]+\/\) contains the control character U\+00(00|1B)\.$/,
    );
  });

  it.each([
    ['/api/v1/servers?name=web%00', '/name'],
    ['/api/v1/users?username=a%00&role=admin', '/username'],
    ['/api/v1/audit-events?cursor=%00', '/cursor'],
    ['/api/v1/users?user%00name=x', '/user\u0000name'],
  ])('in a query parameter: GET %s', async (path, pointer) => {
    expectRefused(await as(t.http().get(path)), 'query', pointer);
  });

  it('in a body string, however deep', async () => {
    expectRefused(await as(t.http().post('/api/v1/servers')).send({ name: 'web\u0000' }), 'body', '/name');
    expectRefused(
      await as(t.http().post('/api/v1/users')).send({
        username: 'x',
        password: ['ok', 'a\u0007b'],
        role: 'admin',
      }),
      'body',
      '/password/1',
    );
  });

  it('in a text body (.htaccess), where tabs and line breaks stay allowed', async () => {
    const res = await as(t.http().put('/api/v1/directories/d1/htaccess'))
      .set('Content-Type', 'text/plain')
      .send('WSGIProcessGroup a\u0000b\n');
    expectRefused(res, 'body', '');
  });

  it('in a login body, before the credentials are looked up', async () => {
    expectRefused(
      await t.http().post('/api/v1/auth/login').send({ username: 'alice\u0000', password: 'whatever-it-is' }),
      'body',
      '/username',
    );
  });

  it('keeps tab, line feed and carriage return in body strings: those reach validation as before', async () => {
    const res = await as(t.http().post('/api/v1/servers')).send({ name: 'web\tone\r\n' });
    expect(res.status).not.toBe(500);
    expect(res.body.field).toBeUndefined();
  });
});
