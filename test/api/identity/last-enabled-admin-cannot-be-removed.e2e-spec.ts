import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';

// Its own app: passport strategies are process-wide singletons, so two live apps in one file interfere.
describe('the last enabled admin cannot be removed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps the last enabled admin: no self-delete, self-disable or demotion (409)', async () => {
    const only = await seedUser(t.app, 'only', 'admin');
    const { tenantId } = await seedUser(t.app, 'tina', 'tenant');
    const jwt = await logInAs(t, only);
    const auth = { Authorization: `Bearer ${jwt}` };
    for (const req of [
      t.http().delete(`/api/v1/users/${only.id}`).set(auth),
      t.http().patch(`/api/v1/users/${only.id}`).set(auth).send({ disabled: true }),
      t.http().patch(`/api/v1/users/${only.id}`).set(auth).send({ role: 'tenant', tenantId }),
    ]) {
      const res = await req;
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ type: 'urn:hostplane:problem:conflict' });
    }
    await t.http().get('/api/v1/me').set(auth).expect(200);
    // With a second admin, the first may go.
    await t
      .http()
      .post('/api/v1/users')
      .set(auth)
      .send({ username: 'second', password: 'second-password-1', role: 'admin' })
      .expect(201);
    await t.http().delete(`/api/v1/users/${only.id}`).set(auth).expect(204);
    await t.http().get('/api/v1/me').set(auth).expect(401);
  });
});
