/**
 * Issue 12 "done means": with a real agent (in-process loop, real HTTP, getent and apache2ctl of this machine)
 * a daemon group running as a missing unix user shows in GET /validation at the group's user= field, and the
 * publish is refused before any revision is stored or any configtest runs, until the group is fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { eventually } from '#test-support/eventually.js';
import { agentSandbox, type AgentSandbox } from './support/agent-sandbox.js';
import {
  agentConfig,
  agentToken,
  ListeningApi,
  recordingLogger,
  startAgentLoop,
} from './support/agent-harness.js';

const SERVER = 'srv-facts';
const GHOST = 'hp-no-such-user';

interface Diagnostic {
  code: string;
  severity: string;
  path: string;
}

describe('the real agent’s facts refuse a publish before the configtest', () => {
  let api: ListeningApi;
  let sandbox: AgentSandbox;
  let admin: string;
  let agent: ReturnType<typeof startAgentLoop>;
  const get = (url: string) => api.http().get(`/api/v1${url}`).set('Authorization', admin);
  const publish = () =>
    api.http().post(`/api/v1/servers/${SERVER}/publications`).set('Authorization', admin).send({});
  const validation = async () =>
    (await get(`/servers/${SERVER}/validation`)).body as { valid: boolean; diagnostics: Diagnostic[] };

  beforeAll(async () => {
    sandbox = agentSandbox(SERVER);
    api = await ListeningApi.start();
    await insertModel(api.test.app.get<Database>(DATABASE), sandbox.model);
    admin = `Bearer ${await logInAs(api, await seedUser(api.test.app, 'facts-admin', 'admin'))}`;
    const token = await agentToken(api.http, admin, SERVER);
    agent = startAgentLoop(
      {
        ...agentConfig(api, token, {
          serverId: SERVER,
          configDir: sandbox.model.configDir,
          rootPrefix: sandbox.root,
          stateDir: sandbox.stateDir,
        }),
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

  it('with the host’s facts and every user present, validation adds nothing and the publish goes live', async () => {
    expect((await publish()).status).toBe(201);
    await eventually(
      async () => {
        const s = (await get(`/servers/${SERVER}/status`)).body as {
          appliedRevision: number | null;
          facts: { unixUsers?: string[] } | null;
        };
        return s.appliedRevision === 1 && s.facts?.unixUsers !== undefined;
      },
      { what: 'the agent to apply revision 1 and report the host’s facts' },
    );
    const v = await validation();
    expect(v.diagnostics.filter((d) => /MISSING|NOT_LOADED|DIFFERS/.test(d.code))).toEqual([]);
  });

  it('a group running as a missing user: the error at its user= in /validation, and the publish is refused', async () => {
    const created = await api
      .http()
      .post(`/api/v1/servers/${SERVER}/daemon-groups`)
      .set('Authorization', admin)
      .send({ name: 'ghost:1', user: GHOST });
    expect(created.status).toBe(201);
    const path = `/daemon-groups/${created.body.id as string}/user`;
    await eventually(
      async () => (await validation()).diagnostics.some((d) => d.code === 'UNIX_USER_MISSING'),
      { what: 'the agent to check the new user and /validation to show it' },
    );
    const v = await validation();
    expect(v.valid).toBe(false);
    expect(v.diagnostics.filter((d) => d.code === 'UNIX_USER_MISSING')).toEqual([
      expect.objectContaining({ severity: 'error', path }),
    ]);

    const refused = await publish();
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ code: 'UNIX_USER_MISSING', path })]);
    const history = await get(`/servers/${SERVER}/publications`);
    expect((history.body.items as unknown[]).length).toBe(1);

    await api
      .http()
      .delete(`/api/v1/daemon-groups/${created.body.id as string}`)
      .set('Authorization', admin)
      .expect(204);
    expect((await validation()).diagnostics.filter((d) => d.code === 'UNIX_USER_MISSING')).toEqual([]);
  });
});
