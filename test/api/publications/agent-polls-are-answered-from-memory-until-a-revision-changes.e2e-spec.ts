/**
 * GET /servers/{id}/publications/live with a matching If-None-Match — what every agent sends every few
 * seconds — answers 304 from the wanted-revision cache with no query while the change listener is live
 * (the head query is counted). A revision stored or settled on another replica reaches this one through
 * the publications_notify trigger; this replica's own publication writes are seen at once; with the listener
 * stopped every poll queries, as before the cache.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { seedRestrictProcess } from '../../../libs/apache/test-fixtures/seed-restrict-process.js';
import { ChangeListener } from '#api/platform/change-listener/change-listener.js';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { PublicationRepository } from '#api/publishing/publication.repository.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { startReplica, type Replica } from '#test-support/app/start-replica.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { eventually } from '#test-support/eventually.js';

const SERVER = 'srv-polled';

describe('agent polls answered from memory', () => {
  let a: TestApp;
  let b: Replica;
  let admin: string;
  let heads: ReturnType<typeof jest.spyOn>;
  let listener: ChangeListener;

  const poll = (etag?: string) => {
    const req = a.http().get(`/api/v1/servers/${SERVER}/publications/live`).set('Authorization', admin);
    return etag === undefined ? req : req.set('If-None-Match', etag);
  };
  const publishOn = async (app: { http: TestApp['http'] }): Promise<string> => {
    const res = await app
      .http()
      .post(`/api/v1/servers/${SERVER}/publications`)
      .set('Authorization', admin)
      .send({ force: true, reason: 'republish' });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    a = await startApp();
    b = await startReplica(a);
    await insertModel(a.app.get<Database>(DATABASE), { ...seedRestrictProcess(), id: SERVER });
    admin = `Bearer ${await logInAs(a, await seedUser(a.app, 'poll-admin', 'admin'))}`;
    listener = a.app.get(ChangeListener);
    heads = jest.spyOn(a.app.get(PublicationRepository), 'findCurrentHead');
  });
  afterAll(async () => {
    heads?.mockRestore();
    await b?.close();
    await a?.close();
  });

  it('answers repeated polls with 304 and no query', async () => {
    expect(listener.liveEpoch()).not.toBeNull();
    const id = await publishOn(a);
    const first = await poll().expect(200);
    expect(first.body).toMatchObject({ id, status: 'pending' });
    const etag = first.headers.etag ?? '';
    await poll(etag).expect(304);
    heads.mockClear();
    for (let i = 0; i < 20; i++) expect((await poll(etag)).status).toBe(304);
    expect(heads).not.toHaveBeenCalled();
  });

  it('sees a revision settled on another replica once the NOTIFY arrives', async () => {
    const first = await poll().expect(200);
    const etag = first.headers.etag ?? '';
    await b
      .http()
      .post(`/api/v1/publications/${first.body.id}/deployments`)
      .set('Authorization', admin)
      .send({ status: 'live', log: 'applied by the agent' })
      .expect(200);
    const { value } = await eventually(async () => {
      const res = await poll(etag);
      return res.status === 200 ? res : undefined;
    });
    expect(value.body).toMatchObject({ id: first.body.id, status: 'live' });
    expect(value.headers.etag).not.toBe(etag);
  });

  it('sees its own new revision at once', async () => {
    const etag = (await poll().expect(200)).headers.etag ?? '';
    await poll(etag).expect(304);
    const id = await publishOn(a);
    const res = await poll(etag);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, status: 'pending' });
  });

  it('queries on every poll while the listener is stopped, and sees other replicas’ writes at once', async () => {
    await listener.stop();
    try {
      const etag = (await poll().expect(200)).headers.etag ?? '';
      heads.mockClear();
      await poll(etag).expect(304);
      await poll(etag).expect(304);
      expect(heads).toHaveBeenCalledTimes(2);
      const id = await publishOn(b);
      const res = await poll(etag);
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(id);
    } finally {
      await listener.start();
    }
    expect(listener.liveEpoch()).not.toBeNull();
  });
});
