import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHostplaneClient, type HostplaneClient, type Schemas } from '#client';
import { seedRestrictProcess } from '../../../libs/apache/test-fixtures/seed-restrict-process.js';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { insertModel } from '#test-support/data/insert-model.js';

const SERVER = 'srv-client';

/** What a dashboard developer writes first: no casts, headers and both 200 shapes of a publish. */
function describeAnswer(
  answer: Schemas['PublishNoop'] | Schemas['PublishDryRun'] | Schemas['PublishResult'],
): string {
  if ('dryRun' in answer) return `dry run: ${answer.changed ? 'changes' : 'no change'}`;
  return answer.noop ? `already live: revision ${answer.revision}` : `published revision ${answer.revision}`;
}

describe('the typed client generated from docs/openapi.json, against the running API', () => {
  let t: TestApp;
  let client: HostplaneClient;

  beforeAll(async () => {
    t = await startApp();
    await insertModel(t.app.get<Database>(DATABASE), { ...seedRestrictProcess(), id: SERVER });
    const token = await logInAs(t, await seedUser(t.app, 'client-admin', 'admin'));
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    client = createHostplaneClient({ baseUrl: `http://127.0.0.1:${port}`, token });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('publishes (201 with Location), then answers the no-op and the dry run as their own shapes', async () => {
    const path = { serverId: SERVER };
    const first = await client.POST('/api/v1/servers/{serverId}/publications', {
      params: { path, header: { 'Idempotency-Key': 'client-first-publish' } },
    });
    expect(first.response.status).toBe(201);
    const created = first.data;
    if (created === undefined || 'dryRun' in created) throw new Error('expected a stored publication');
    expect(first.response.headers.get('Location')).toBe(`/api/v1/publications/${created.id}`);
    expect(describeAnswer(created)).toBe('published revision 1');

    const again = await client.POST('/api/v1/servers/{serverId}/publications', { params: { path } });
    expect(again.response.status).toBe(200);
    expect(again.data && describeAnswer(again.data)).toBe('already live: revision 1');

    const dry = await client.POST('/api/v1/servers/{serverId}/publications', {
      params: { path, query: { dryRun: 'true' } },
    });
    expect(dry.data && describeAnswer(dry.data)).toMatch(/^dry run: /);
  });

  it('reads problems as typed errors and validators as headers', async () => {
    const missing = await client.GET('/api/v1/servers/{serverId}', {
      params: { path: { serverId: 'nope' } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.type).toBe('urn:hostplane:problem:not-found');

    const server = await client.GET('/api/v1/servers/{serverId}', { params: { path: { serverId: SERVER } } });
    const etag = server.response.headers.get('ETag') ?? '';
    expect(server.data?.name).toBeDefined();
    const unchanged = await client.GET('/api/v1/servers/{serverId}', {
      params: { path: { serverId: SERVER }, header: { 'If-None-Match': etag } },
    });
    expect(unchanged.response.status).toBe(304);
  });
});
