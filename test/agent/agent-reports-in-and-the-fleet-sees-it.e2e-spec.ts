import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { eventually } from '#test-support/eventually.js';
import { AGENT_VERSION } from '../../apps/agent/src/agent-version.js';
import { agentSandbox, type AgentSandbox } from './support/agent-sandbox.js';
import {
  agentConfig,
  agentToken,
  ListeningApi,
  recordingLogger,
  startAgentLoop,
} from './support/agent-harness.js';

const SERVER = 'srv-fleet';
const GHOST = 'hp-no-such-user';

interface Status {
  agent: { online: boolean; version: string | null };
  liveRevision: number | null;
  appliedRevision: number | null;
  states: string[];
  drift: string[];
  facts: { apacheVersion?: string | null; modules?: string[]; unixUsers?: string[] } | null;
  factMismatches: { code: string; declared: string | null }[];
}

/** The real agent (in-process loop, real HTTP) against the real API in apply mode none. */
describe('the agent reports in on every poll; the fleet view sees it', () => {
  let api: ListeningApi;
  let sandbox: AgentSandbox;
  let admin: string;
  let agent: ReturnType<typeof startAgentLoop>;
  const status = async () =>
    (await api.http().get(`/api/v1/servers/${SERVER}/status`).set('Authorization', admin)).body as Status;
  const publish = (force = false) =>
    api
      .http()
      .post(`/api/v1/servers/${SERVER}/publications`)
      .set('Authorization', admin)
      .send(force ? { force: true } : {});

  beforeAll(async () => {
    sandbox = agentSandbox(SERVER);
    api = await ListeningApi.start();
    await insertModel(api.test.app.get<Database>(DATABASE), sandbox.model);
    admin = `Bearer ${await logInAs(api, await seedUser(api.test.app, 'fleet-admin', 'admin'))}`;
    const token = await agentToken(api.http, admin, SERVER);
    agent = startAgentLoop(
      {
        ...agentConfig(api, token, {
          serverId: SERVER,
          configDir: sandbox.model.configDir,
          rootPrefix: sandbox.root,
          stateDir: sandbox.stateDir,
        }),
        // Re-read drift and facts often, so a hand edit shows within the test's patience.
        inspectIntervalMs: 200,
      },
      recordingLogger(),
    );
  }, 30_000);
  afterAll(async () => {
    await agent?.stop();
    await api?.close();
    sandbox?.cleanup();
  });

  it('shows the agent online, at the live revision, with the host’s facts', async () => {
    const first = await publish();
    expect(first.status).toBe(201);
    await eventually(
      async () => {
        const s = await status();
        return s.liveRevision === 1 && s.appliedRevision === 1 && s.facts?.unixUsers !== undefined;
      },
      { what: 'the agent to apply revision 1 and report it' },
    );
    const s = await status();
    expect(s.agent).toMatchObject({ online: true, version: AGENT_VERSION });
    expect(s.states).toEqual([]);
    expect(s.drift).toEqual([]);
    // The users the model names (bob, joe) were asked about and exist on this machine.
    expect(s.facts?.unixUsers).toEqual(['bob', 'joe']);
    expect(s.facts?.apacheVersion).toMatch(/^2\.4\.\d+$/);
    expect(s.facts?.modules).toContain('wsgi_module');
    const fleet = await api.http().get('/api/v1/fleet').set('Authorization', admin);
    expect(fleet.body.items).toMatchObject([{ serverId: SERVER, states: [], appliedRevision: 1 }]);
  });

  it('a daemon group running as a missing unix user is a fact mismatch before any publish', async () => {
    const created = await api
      .http()
      .post(`/api/v1/servers/${SERVER}/daemon-groups`)
      .set('Authorization', admin)
      .send({ name: 'ghost:1', user: GHOST });
    expect(created.status).toBe(201);
    await eventually(async () => (await status()).states.includes('mismatch'), {
      what: 'the agent to check the new user and the API to flag it',
    });
    expect((await status()).factMismatches).toEqual([
      expect.objectContaining({ code: 'UNIX_USER_MISSING', declared: GHOST }),
    ]);
    const mismatched = await api.http().get('/api/v1/fleet?state=mismatch').set('Authorization', admin);
    expect(mismatched.body.items.map((r: { serverId: string }) => r.serverId)).toEqual([SERVER]);
    await api
      .http()
      .delete(`/api/v1/daemon-groups/${created.body.id as string}`)
      .set('Authorization', admin)
      .expect(204);
    await eventually(async () => !(await status()).states.includes('mismatch'), {
      what: 'the mismatch to clear',
    });
  });

  it('a hand edit shows as drift, GET /drift lists it, and it blocks the next publish until forced', async () => {
    appendFileSync(sandbox.at('httpd/hostplane.conf'), '\n# edited by hand\n');
    await eventually(async () => (await status()).drift.includes('httpd/hostplane.conf'), {
      what: 'the agent to report the hand edit',
    });
    expect((await status()).states).toEqual(['drift']);
    const drift = await api.http().get(`/api/v1/servers/${SERVER}/drift`).set('Authorization', admin);
    expect(drift.status).toBe(200);
    expect(drift.body).toMatchObject({
      clean: false,
      live: { revision: 1 },
      findings: [{ path: 'httpd/hostplane.conf', kind: 'modified' }],
    });
    // The model changes, so a publish would write a new revision: refused while the edit is there.
    await api
      .http()
      .patch(`/api/v1/servers/${SERVER}`)
      .set('Authorization', admin)
      .send({ restrictEmbedded: true })
      .expect(200);
    const refused = await publish();
    expect(refused.status).toBe(409);
    expect(refused.body.paths).toEqual([expect.stringMatching(/hostplane\.conf$/)]);
    const forced = await publish(true);
    expect([forced.status, forced.body.revision]).toEqual([201, 2]);
    // The agent learns from its report's answer that revision 2 was forced, and overwrites the edit too.
    await eventually(
      async () => {
        const s = await status();
        return s.appliedRevision === 2 && s.liveRevision === 2 && s.drift.length === 0;
      },
      { what: 'the agent to apply the forced revision over the hand edit' },
    );
    expect((await status()).states).toEqual([]);
    expect(sandbox.read('httpd/hostplane.conf')).not.toContain('# edited by hand');
  });
});
