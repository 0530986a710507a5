import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { runAgent } from '../../apps/agent/src/agent-loop.js';
import { loadState } from '../../apps/agent/src/agent-state.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { agentSandbox, type AgentSandbox } from './support/agent-sandbox.js';
import { eventually } from '#test-support/eventually.js';
import {
  agentConfig,
  agentToken,
  ListeningApi,
  recordingLogger,
  startAgentLoop,
} from './support/agent-harness.js';

const SERVER = 'srv-outage';
const BOB_HTACCESS = '/home/bob/public_html/.htaccess';

interface PublicationBody {
  id: string;
  revision: number;
  status: string;
  log: string | null;
  files: { path: string; sha256: string }[];
}

/** Apply mode none: revisions wait as pending, the agent pulls them over HTTP and reports back. */
describe('the agent applies pending revisions and rides out an API outage', () => {
  let api: ListeningApi;
  let sandbox: AgentSandbox;
  let admin: string;
  let bob: string;
  let token: string;
  const config = () =>
    agentConfig(api, token, {
      serverId: SERVER,
      configDir: sandbox.model.configDir,
      rootPrefix: sandbox.root,
      stateDir: sandbox.stateDir,
    });
  const publish = async () => {
    const res = await api.http().post(`/api/v1/servers/${SERVER}/publications`).set('Authorization', admin);
    expect([res.status, res.body.status]).toEqual([201, 'pending']);
    return res.body as PublicationBody;
  };
  const publication = async (id: string) =>
    (await api.http().get(`/api/v1/publications/${id}`).set('Authorization', admin)).body as PublicationBody;
  const bobMaps = (blog: string) =>
    api
      .http()
      .put('/api/v1/directories/dir-bob/htaccess')
      .set('Authorization', bob)
      .send({
        rules: [
          { files: 'blog.wsgi', processGroup: blog },
          { files: 'wiki.wsgi', processGroup: 'bob:3' },
        ],
      })
      .expect(200);

  beforeAll(async () => {
    sandbox = agentSandbox(SERVER);
    api = await ListeningApi.start();
    await insertModel(api.test.app.get<Database>(DATABASE), sandbox.model);
    admin = `Bearer ${await logInAs(api, await seedUser(api.test.app, 'outage-admin', 'admin'))}`;
    bob = `Bearer ${await logInAs(api, await seedUser(api.test.app, 'outage-bob', 'tenant', { tenantId: 'tn-bob' }))}`;
    token = await agentToken(api.http, admin, SERVER);
  }, 30_000);
  afterAll(async () => {
    await api?.close();
    sandbox?.cleanup();
  });

  it('--once: nothing to do before the first publish', async () => {
    const logger = recordingLogger();
    const summary = await runAgent(
      { ...config(), once: true },
      { signal: new AbortController().signal, logger },
    );
    expect(summary).toMatchObject({ exitCode: 0, polls: 1, errors: 0 });
    expect(logger.events('agent.apply')).toEqual([]);
  });

  it('--once applies the pending revision, writes its files and reports it live with the step log', async () => {
    const pending = await publish();
    const logger = recordingLogger();
    const summary = await runAgent(
      { ...config(), once: true },
      { signal: new AbortController().signal, logger },
    );
    expect(summary.exitCode).toBe(0);
    const after = await publication(pending.id);
    expect(after.status).toBe('live');
    expect(after.log).toContain('swap ok');
    const full = await api
      .http()
      .get(`/api/v1/servers/${SERVER}/publications/live`)
      .set('Authorization', admin);
    for (const file of full.body.files as { path: string; content: string }[]) {
      expect([file.path, sandbox.read(file.path)]).toEqual([file.path, file.content]);
    }
    expect((await loadState(sandbox.stateDir)).applied?.publicationId).toBe(pending.id);
    expect(logger.events('agent.report')).toMatchObject([{ status: 'live', answer: 'accepted' }]);
  });

  it('a restarted agent picks up where it left off: the live revision is not applied again', async () => {
    const logger = recordingLogger();
    const summary = await runAgent(
      { ...config(), once: true },
      { signal: new AbortController().signal, logger },
    );
    expect(summary.exitCode).toBe(0);
    expect(logger.events('agent.apply')).toEqual([]);
    expect(logger.events('agent.start')).toMatchObject([{ appliedRevision: 1, recovery: 'none' }]);
  });

  it('keeps retrying while the API is down, then catches up with what was published meanwhile', async () => {
    const before = sandbox.read(BOB_HTACCESS);
    await bobMaps('bob:3');
    const pending = await publish();
    await api.stop();
    const logger = recordingLogger();
    const loop = startAgentLoop(config(), logger);
    try {
      await eventually(() => logger.events('agent.error').length >= 3, {
        what: 'three failed polls',
        timeoutMs: 20_000,
        intervalMs: 50,
      });
      expect(sandbox.read(BOB_HTACCESS)).toBe(before); // nothing can be applied without the API
      await api.restart();
      await eventually(async () => (await publication(pending.id)).status === 'live', {
        what: 'the revision reported live',
        timeoutMs: 20_000,
        intervalMs: 50,
      });
      const wanted = pending.files.find((f) => f.path === BOB_HTACCESS);
      const live = await api
        .http()
        .get(`/api/v1/servers/${SERVER}/publications/live`)
        .set('Authorization', admin);
      const content = (live.body.files as { path: string; content: string }[]).find(
        (f) => f.path === BOB_HTACCESS,
      );
      expect(wanted).toBeDefined();
      expect(sandbox.read(BOB_HTACCESS)).toBe(content?.content);
      expect(content?.content).not.toBe(before);
    } finally {
      const summary = await loop.stop();
      expect(summary.exitCode).toBe(0);
      expect(summary.errors).toBeGreaterThanOrEqual(3);
    }
    expect(logger.events('agent.apply')).toMatchObject([{ revision: 2 }]);
    expect(logger.events('agent.recovered')).toHaveLength(1);
    expect(logger.events('agent.stop')).toHaveLength(1);
    // The back-off is capped: no wait between failures exceeded --max-backoff-ms.
    const waits = logger.events('agent.error').map((e) => e.retryInMs as number);
    expect(Math.max(...waits)).toBeLessThanOrEqual(config().maxBackoffMs);
  }, 60_000);
});
