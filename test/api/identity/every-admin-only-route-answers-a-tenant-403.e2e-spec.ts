import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { adminOnlyRequests, type AdminOnlyRequest } from './support/admin-only-requests.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

describe('every @AdminOnly route answers a tenant 403', () => {
  let t: TestApp;
  let credentials: Record<'session' | 'api token', string>;
  let requests: AdminOnlyRequest[];

  beforeAll(async () => {
    t = await startApp();
    const jwt = await logInAs(t, await seedUser(t.app, 'bob', 'tenant'));
    const created = await t
      .http()
      .post('/api/v1/auth/tokens')
      .set('Authorization', `Bearer ${jwt}`)
      .send({ name: 'admin-only probe' })
      .expect(201);
    credentials = { session: jwt, 'api token': (created.body as { token: string }).token };
    requests = adminOnlyRequests(t.app);
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds admin-only routes to check (the inventory is not silently empty)', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.map((r) => r.handler)).toEqual(
      expect.arrayContaining(['UsersController.create', 'UsersController.list', 'UsersController.delete']),
    );
  });

  it.each(['session', 'api token'] as const)(
    'with a tenant %s, all of them answer 403 problem',
    async (kind) => {
      const answers: string[] = [];
      for (const { method, url, handler } of requests) {
        const verb = method.toLowerCase() as Method;
        const req = t.http()[verb](url).set('Authorization', `Bearer ${credentials[kind]}`);
        const res = verb === 'get' || verb === 'delete' ? await req : await req.send({});
        const ok =
          res.status === 403 && (res.body as { type?: string }).type === 'urn:hostplane:problem:forbidden';
        answers.push(`${ok ? 'ok ' : 'BAD'} ${res.status} ${method} ${url} (${handler})`);
      }
      expect(answers.filter((line) => !line.startsWith('ok '))).toEqual([]);
    },
  );
});
