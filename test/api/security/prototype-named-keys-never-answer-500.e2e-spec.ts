import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';

const PROTOTYPE_MEMBERS = ['toString', 'valueOf', 'constructor', 'hasOwnProperty', 'isPrototypeOf'];

/** JSON text with the key spelled out: a JS object literal would turn `__proto__` into a prototype. */
const withKey = (body: Record<string, unknown>, key: string, value: unknown = 1) =>
  `${JSON.stringify(body).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value)}}`;

// Issue 9, finding 4: keys named like Object.prototype members answered 500 on every validated body.
describe('keys named like Object.prototype members', () => {
  let t: TestApp;
  let token: string;
  const post = (path: string, json: string) =>
    t
      .http()
      .post(path)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send(json);
  beforeAll(async () => {
    t = await startApp();
    token = await logInAs(t, await seedUser(t.app, 'alice', 'admin'));
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(PROTOTYPE_MEMBERS)(
    '%s next to a schema’s fields is an unknown field (400), not a 500',
    async (key) => {
      const login = await post(
        '/api/v1/auth/login',
        withKey({ username: 'alice', password: 'x-password-12' }, key),
      );
      const server = await post('/api/v1/servers', withKey({ name: 'web1' }, key, { nested: true }));
      for (const res of [login, server]) {
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ type: 'urn:hostplane:problem:request-invalid' });
        expect(res.body.errors).toEqual([
          expect.objectContaining({ code: 'UNKNOWN_FIELD', path: `/${key}` }),
        ]);
        expect(Object.keys(res.body.fields.properties)).toEqual([key]);
      }
    },
  );

  it('__proto__ is refused everywhere (400 naming it): it cannot be stored as data', async () => {
    const top = await post('/api/v1/servers', withKey({ name: 'web1' }, '__proto__', { admin: true }));
    const server = (await post('/api/v1/servers', JSON.stringify({ name: 'web2' })).expect(201)).body as {
      id: string;
    };
    const inRecord = await post(
      `/api/v1/servers/${server.id}/virtual-hosts`,
      `{"serverName":"a.example","addresses":["*:80"],"env":{"__proto__":"x"}}`,
    );
    for (const [res, pointer] of [
      [top, '/__proto__'],
      [inRecord, '/env/__proto__'],
    ] as const) {
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        type: 'urn:hostplane:problem:request-invalid',
        field: { in: 'body', pointer },
        errors: [expect.objectContaining({ code: 'RESERVED_NAME', path: pointer })],
      });
    }
  });

  it('__proto__ as a query parameter is refused too, spelled out or percent-encoded', async () => {
    for (const query of ['__proto__=x', '_%5Fproto__=1']) {
      const res = await t
        .http()
        .get(`/api/v1/users?${query}`)
        .set('Authorization', `Bearer ${token}`)
        .expect(400);
      expect(res.body.field).toEqual({ in: 'query', pointer: '/__proto__' });
    }
  });

  it('other prototype names are plain data where the body is a map of the user’s own keys (env)', async () => {
    const server = (await post('/api/v1/servers', JSON.stringify({ name: 'web3' })).expect(201)).body as {
      id: string;
    };
    const env = { constructor: 'c', toString: 't', valueOf: 'v' };
    const created = await post(
      `/api/v1/servers/${server.id}/virtual-hosts`,
      JSON.stringify({ serverName: 'b.example', addresses: ['*:80'], env }),
    );
    expect(created.status).toBe(201);
    expect(created.body.env).toEqual(env);
    const read = await t
      .http()
      .get(`/api/v1/virtual-hosts/${created.body.id as string}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(read.body.env).toEqual(env);
  });
});
