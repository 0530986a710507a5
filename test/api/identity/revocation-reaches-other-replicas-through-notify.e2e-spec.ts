/**
 * Authentication state is cached per replica while its change listener is live. A revocation (or a
 * disabled user) is effective at once on the replica that made it, and on the other replica as soon as
 * the NOTIFY arrives — measured here. With the listener stopped, the other replica checks per request.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { ChangeListener } from '#api/platform/change-listener/change-listener.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { eventually } from '#test-support/eventually.js';
import { startReplica, type Replica } from '#test-support/app/start-replica.js';

describe('revocation across replicas', () => {
  let a: TestApp;
  let b: Replica;
  let adminJwt: string;
  let bob: SeededUser;

  beforeAll(async () => {
    a = await startApp();
    b = await startReplica(a);
    adminJwt = await logInAs(a, await seedUser(a.app, 'root', 'admin'));
    bob = await seedUser(a.app, 'bob', 'tenant');
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const meOn = (replica: TestApp | Replica, bearer: string) =>
    replica.http().get('/api/v1/me').set('Authorization', `Bearer ${bearer}`);
  const createToken = async (name: string): Promise<{ id: string; token: string }> => {
    const bobJwt = await logInAs(a, bob);
    const res = await a
      .http()
      .post('/api/v1/auth/tokens')
      .set('Authorization', `Bearer ${bobJwt}`)
      .send({ name })
      .expect(201);
    return res.body as { id: string; token: string };
  };
  const revokeOnA = (id: string) =>
    a.http().delete(`/api/v1/auth/tokens/${id}`).set('Authorization', `Bearer ${adminJwt}`).expect(204);

  it('a token revoked on A is refused by A at once and by B once the NOTIFY arrives', async () => {
    const { id, token } = await createToken('script');
    // Both replicas have the token cached.
    for (let i = 0; i < 3; i++) {
      await meOn(a, token).expect(200);
      await meOn(b, token).expect(200);
    }
    await revokeOnA(id);
    await meOn(a, token).expect(401);
    const { elapsedMs } = await eventually(async () =>
      (await meOn(b, token)).status === 401 ? true : undefined,
    );
    console.log(`revocation: committed on A → B answers 401 after ${elapsedMs.toFixed(1)} ms`);
    await meOn(b, token).expect(401);
  });

  it('a user disabled on A loses its sessions on B once the NOTIFY arrives', async () => {
    const carol = await seedUser(a.app, 'carol', 'tenant');
    const carolJwt = await logInAs(a, carol);
    await meOn(b, carolJwt).expect(200);
    await meOn(b, carolJwt).expect(200);
    await a
      .http()
      .patch(`/api/v1/users/${carol.id}`)
      .set('Authorization', `Bearer ${adminJwt}`)
      .send({ disabled: true })
      .expect(200);
    await meOn(a, carolJwt).expect(401);
    await eventually(async () => ((await meOn(b, carolJwt)).status === 401 ? true : undefined));
  });

  it('a password changed on A ends the sessions B has cached once the NOTIFY arrives', async () => {
    const dave = await seedUser(a.app, 'dave', 'tenant');
    const daveJwt = await logInAs(a, dave);
    await meOn(b, daveJwt).expect(200);
    await meOn(b, daveJwt).expect(200);
    await a
      .http()
      .patch(`/api/v1/users/${dave.id}`)
      .set('Authorization', `Bearer ${adminJwt}`)
      .send({ password: 'dave-new-password-456' })
      .expect(200);
    await meOn(a, daveJwt).expect(401);
    await eventually(async () => ((await meOn(b, daveJwt)).status === 401 ? true : undefined));
    const fresh = await logInAs(a, { ...dave, password: 'dave-new-password-456' });
    await meOn(b, fresh).expect(200);
  });

  it('with B’s listener stopped, B checks the database per request: the next request is refused', async () => {
    const { id, token } = await createToken('while-down');
    await meOn(b, token).expect(200);
    const listener = b.app.get(ChangeListener);
    await listener.stop();
    try {
      await meOn(b, token).expect(200);
      await revokeOnA(id);
      await meOn(b, token).expect(401);
    } finally {
      await listener.start();
    }
  });
});
