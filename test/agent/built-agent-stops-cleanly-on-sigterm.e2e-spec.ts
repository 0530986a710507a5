import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { agentSandbox, type AgentSandbox } from './support/agent-sandbox.js';
import { eventually } from '#test-support/eventually.js';
import { agentToken, ListeningApi } from './support/agent-harness.js';
import { buildAgent, spawnAgent } from './support/built-agent.js';

const SERVER = 'srv-sigterm';

describe('the agent as a process: polls, applies, and stops cleanly on SIGTERM', () => {
  let api: ListeningApi;
  let sandbox: AgentSandbox;
  let built: ReturnType<typeof buildAgent>;
  let admin: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    sandbox = agentSandbox(SERVER);
    built = buildAgent();
    api = await ListeningApi.start();
    await insertModel(api.test.app.get<Database>(DATABASE), sandbox.model);
    admin = `Bearer ${await logInAs(api, await seedUser(api.test.app, 'sigterm-admin', 'admin'))}`;
    env = {
      HOSTPLANE_API_URL: api.url,
      HOSTPLANE_AGENT_TOKEN: await agentToken(api.http, admin, SERVER),
      HOSTPLANE_SERVER_ID: SERVER,
      HOSTPLANE_CONFIG_DIR: sandbox.model.configDir,
      HOSTPLANE_APPLY_ROOT_PREFIX: sandbox.root,
      HOSTPLANE_AGENT_STATE_DIR: sandbox.stateDir,
      HOSTPLANE_POLL_INTERVAL_MS: '100',
    };
  }, 30_000);
  afterAll(async () => {
    await api?.close();
    built?.cleanup();
    sandbox?.cleanup();
  });

  it('makes a revision published while it runs live, then exits 0 on SIGTERM with a stop line', async () => {
    const child = spawnAgent(built.main, [], env);
    try {
      await eventually(() => child.lines().some((l) => l.event === 'agent.start'), {
        what: 'the agent polled',
        timeoutMs: 20_000,
        intervalMs: 50,
      });
      const res = await api.http().post(`/api/v1/servers/${SERVER}/publications`).set('Authorization', admin);
      expect(res.status).toBe(201);
      await eventually(
        async () => {
          const pub = await api.http().get(`/api/v1/publications/${res.body.id}`).set('Authorization', admin);
          return pub.body.status === 'live';
        },
        { what: 'reported live', timeoutMs: 20_000, intervalMs: 50 },
      );
      expect(sandbox.read('httpd/hostplane.conf')).toContain('WSGIDaemonProcess');
    } finally {
      child.kill('SIGTERM');
    }
    const exit = await child.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    const events = child.lines().map((l) => l.event);
    expect(events).toEqual(expect.arrayContaining(['agent.signal', 'agent.stop']));
    expect(events.at(-1)).toBe('agent.stop');
  }, 30_000);

  it('refuses to start without its configuration (exit 2, says what is missing)', async () => {
    const child = spawnAgent(built.main, ['--once'], { HOSTPLANE_API_URL: api.url });
    expect((await child.exited).code).toBe(2);
    expect(child.lines()).toEqual([
      expect.objectContaining({ event: 'agent.config', error: expect.stringContaining('--token') }),
    ]);
  });
});
