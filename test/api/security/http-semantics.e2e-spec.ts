import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';

const PROBLEM = /^application\/problem\+json/;
const PANEL = 'https://panel.example.com';

describe('HTTP semantics the issue asked for (405, 415, no-store, body problem types, CORS)', () => {
  let t: TestApp;
  let alice: SeededUser;
  let token: string;
  beforeAll(async () => {
    t = await startApp({
      env: { CORS_ORIGINS: `${PANEL}, https://other.example.com:8443`, BODY_LIMIT: '2kb' },
    });
    alice = await seedUser(t.app, 'alice', 'admin');
    token = await logInAs(t, alice);
  });
  afterAll(async () => {
    await t.close();
  });

  it('405 with Allow for a known path and a method it does not serve', async () => {
    const login = await t.http().put('/api/v1/auth/login').send({}).expect(405);
    expect(login.headers['allow']).toBe('POST');
    expect(login.headers['content-type']).toMatch(PROBLEM);
    expect(login.body).toMatchObject({ type: 'urn:hostplane:problem:method-not-allowed', status: 405 });
    const user = await t
      .http()
      .post('/api/v1/users/some-id')
      .set('Authorization', `Bearer ${token}`)
      .expect(405);
    expect(user.headers['allow']).toBe('DELETE, GET, HEAD, PATCH');
    // An unknown path stays a 404.
    await t.http().put('/api/v1/no-such-thing').expect(404);
  });

  it('415 for a body in a media type the route does not take', async () => {
    const xml = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/xml')
      .send('<login/>')
      .expect(415);
    expect(xml.headers['content-type']).toMatch(PROBLEM);
    expect(xml.headers['accept-post']).toBe('application/json');
    expect(xml.body).toMatchObject({ type: 'urn:hostplane:problem:unsupported-media-type', status: 415 });
    await t
      .http()
      .post('/api/v1/servers')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'text/plain')
      .send('name=web1')
      .expect(415);
  });

  it('text/plain stays accepted where the route declares it (.htaccess)', async () => {
    const res = await t
      .http()
      .put('/api/v1/directories/nope/htaccess')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'text/plain')
      .send('WSGIProcessGroup a\n');
    expect(res.status).toBe(404);
  });

  it('Cache-Control: no-store on answers that carry secrets', async () => {
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: alice.username, password: alice.password })
      .expect(200);
    expect(login.headers['cache-control']).toBe('no-store');
    const created = await t
      .http()
      .post('/api/v1/auth/tokens')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: 'ci' })
      .expect(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const user = await t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${token}`)
      .send({ username: 'bob', password: 'bob-password-123', role: 'admin' })
      .expect(201);
    expect(user.headers['cache-control']).toBe('no-store');
  });

  it('malformed JSON and a too large body have their own problem types', async () => {
    const malformed = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username":')
      .expect(400);
    expect(malformed.headers['content-type']).toMatch(PROBLEM);
    expect(malformed.body).toMatchObject({ type: 'urn:hostplane:problem:malformed-body', status: 400 });
    const large = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'a', password: 'x'.repeat(4096) })
      .expect(413);
    expect(large.body).toMatchObject({
      type: 'urn:hostplane:problem:body-too-large',
      status: 413,
      limit: 2048,
    });
  });

  it('CORS: an allowed origin gets its preflight answered and may read the API’s headers', async () => {
    const preflight = await t
      .http()
      .options('/api/v1/servers')
      .set('Origin', PANEL)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization, content-type, idempotency-key')
      .expect(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(PANEL);
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    expect(preflight.headers['access-control-allow-headers']).toContain('Idempotency-Key');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const get = await t.http().get('/api/v1/me').set('Origin', PANEL).set('Authorization', `Bearer ${token}`);
    expect(get.status).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBe(PANEL);
    expect(get.headers['access-control-expose-headers']).toContain('ETag');
    expect(get.headers['vary']).toMatch(/Origin/);
  });

  it('CORS: any other origin gets no CORS header at all', async () => {
    const res = await t
      .http()
      .options('/api/v1/servers')
      .set('Origin', 'https://evil.example.net')
      .set('Access-Control-Request-Method', 'POST');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const get = await t.http().get('/health').set('Origin', 'https://evil.example.net');
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS is off by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers no origin', async () => {
    const res = await t
      .http()
      .options('/api/v1/servers')
      .set('Origin', PANEL)
      .set('Access-Control-Request-Method', 'GET');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
