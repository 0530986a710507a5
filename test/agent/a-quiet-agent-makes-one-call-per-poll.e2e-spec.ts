/**
 * The real agent against the real API: once settled, a poll with nothing changed is the poll alone — no
 * report (its content is what the API acknowledged), no pending-restarts call (the poll's header says 0).
 * A model change the poll announces makes it report; an API without the poll's headers gets today's
 * behaviour (a report and a restart check every poll).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { Agent } from '../../apps/agent/src/agent.js';
import { AgentApiClient, type AgentReportBody, type LiveAnswer } from '../../apps/agent/src/api-client.js';
import type { AgentConfig } from '../../apps/agent/src/agent-config.js';
import { agentSandbox, type AgentSandbox } from './support/agent-sandbox.js';
import { agentConfig, agentToken, ListeningApi, recordingLogger } from './support/agent-harness.js';

const SERVER = 'srv-quiet-agent';

/** The real client, counting what the agent calls. */
class CountingApi extends AgentApiClient {
  calls: string[] = [];
  constructor(
    config: AgentConfig,
    private readonly withHeaders: boolean,
  ) {
    super(config);
  }
  override async live(ifNoneMatch: string | null): Promise<LiveAnswer> {
    this.calls.push('poll');
    const answer = await super.live(ifNoneMatch);
    return this.withHeaders ? answer : { ...answer, restartsPending: null, modelRevision: null };
  }
  override agentReport(body: AgentReportBody) {
    this.calls.push('report');
    return super.agentReport(body);
  }
  override pendingRestarts() {
    this.calls.push('restarts');
    return super.pendingRestarts();
  }
}

describe('a quiet agent makes one call per poll', () => {
  let api: ListeningApi;
  let sandbox: AgentSandbox;
  let admin: string;
  let config: AgentConfig;

  beforeAll(async () => {
    sandbox = agentSandbox(SERVER);
    api = await ListeningApi.start();
    await insertModel(api.test.app.get<Database>(DATABASE), sandbox.model);
    admin = `Bearer ${await logInAs(api, await seedUser(api.test.app, 'quiet-admin', 'admin'))}`;
    const token = await agentToken(api.http, admin, SERVER);
    config = {
      ...agentConfig(api, token, {
        serverId: SERVER,
        configDir: sandbox.model.configDir,
        rootPrefix: sandbox.root,
        stateDir: sandbox.stateDir,
      }),
      // No daemon processes come and go under the test (other suites run real Apaches on this machine).
      procDir: join(mkdtempSync(join(tmpdir(), 'hp-quiet-proc-')), 'none'),
    };
    await api
      .http()
      .post(`/api/v1/servers/${SERVER}/publications`)
      .set('Authorization', admin)
      .send({})
      .expect(201);
  }, 30_000);
  afterAll(async () => {
    await api?.close();
    sandbox?.cleanup();
  });

  /** Polls until a poll is the poll alone (at most 6), then answers the calls of each of `polls` more. */
  const settleThenPoll = async (agent: Agent, counting: CountingApi, polls: number) => {
    for (let i = 0; i < 6; i++) {
      counting.calls = [];
      await agent.pollOnce();
      if (counting.calls.join() === 'poll') break;
    }
    const calls: string[][] = [];
    for (let i = 0; i < polls; i++) {
      counting.calls = [];
      await agent.pollOnce();
      calls.push(counting.calls);
    }
    return calls;
  };

  it('sends no report and asks for no restarts when nothing changed; reports when the model moved', async () => {
    const counting = new CountingApi(config, true);
    const agent = new Agent(config, recordingLogger(), counting);
    await agent.start();
    counting.calls = [];
    await agent.pollOnce();
    // The first poll reports (nothing acknowledged yet) and applies revision 1.
    expect(counting.calls).toContain('report');
    expect(agent.appliedRevision()).toBe(1);

    expect(await settleThenPoll(agent, counting, 3)).toEqual([['poll'], ['poll'], ['poll']]);

    // A model change, no publish: the next poll says the new model revision, the one after reports.
    await api
      .http()
      .post(`/api/v1/servers/${SERVER}/daemon-groups`)
      .set('Authorization', admin)
      .send({ name: 'quiet:1' })
      .expect(201);
    const after: string[][] = [];
    for (let i = 0; i < 3; i++) {
      counting.calls = [];
      await agent.pollOnce();
      after.push(counting.calls);
    }
    expect(after.flat()).toContain('report');
  });

  it('against an API without the poll’s headers it reports and asks for restarts every poll, as before', async () => {
    const counting = new CountingApi(config, false);
    const agent = new Agent(config, recordingLogger(), counting);
    await agent.start();
    for (let i = 0; i < 2; i++) await agent.pollOnce();
    const calls: string[][] = [];
    for (let i = 0; i < 3; i++) {
      counting.calls = [];
      await agent.pollOnce();
      calls.push(counting.calls);
    }
    expect(calls).toEqual([
      ['report', 'poll', 'restarts'],
      ['report', 'poll', 'restarts'],
      ['report', 'poll', 'restarts'],
    ]);
  });
});
