import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { AgentConfig } from '../../../apps/agent/src/agent-config.js';
import type { AgentLogger } from '../../../apps/agent/src/agent-logger.js';
import { runAgent, type RunSummary } from '../../../apps/agent/src/agent-loop.js';
import type { PollOutcome } from '../../../apps/agent/src/agent.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { startReplica } from '#test-support/app/start-replica.js';

export type Http = () => ReturnType<typeof request>;

/** The API on a real TCP port (the agent speaks HTTP to it), restartable on the same port and database. */
export class ListeningApi {
  private replica: NestExpressApplication | null = null;
  private stopped = false;

  private constructor(
    readonly test: TestApp,
    readonly port: number,
  ) {}

  static async start(extraEnv: Record<string, string> = {}): Promise<ListeningApi> {
    const test = await startApp({ env: { LOG_LEVEL: 'warn', ...extraEnv } });
    await test.app.listen(0, '127.0.0.1');
    const { port } = test.app.getHttpServer().address() as AddressInfo;
    return new ListeningApi(test, port);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/api/v1`;
  }

  http: Http = () => request(this.current().getHttpServer());

  /** An outage: the process is gone, connections are refused. */
  async stop(): Promise<void> {
    await this.current().close();
    this.stopped = true;
  }

  /**
   * A new API process on the same database and port (API tokens live in the database, so they still work;
   * the replica shares the JWT secret, so logins survive the restart like they would in production).
   */
  async restart(): Promise<void> {
    const { app } = await startReplica(this.test);
    await app.listen(this.port, '127.0.0.1');
    this.replica = app;
    this.stopped = false;
  }

  async close(): Promise<void> {
    if (this.replica !== null && !this.stopped) await this.replica.close();
    try {
      await this.test.close();
    } catch {
      // the first app may already be closed (stop()); its database is dropped all the same
    }
  }

  private current(): NestExpressApplication {
    return this.replica ?? this.test.app;
  }
}

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  msg: string | undefined;
  [key: string]: unknown;
}

/** Keeps every structured line the agent logs, to assert on events (agent.error, agent.applied…). */
export function recordingLogger(): AgentLogger & { entries: LogEntry[]; events(name: string): LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (obj: object, msg?: string) =>
    entries.push({ ...obj, level, msg });
  return {
    entries,
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    events: (name) => entries.filter((e) => e.event === name),
  };
}

/** The agent's loop in this process, stoppable like SIGTERM stops the real one. */
export function startAgentLoop(config: AgentConfig, logger: AgentLogger) {
  const controller = new AbortController();
  const polls: PollOutcome[] = [];
  const done = runAgent(config, { signal: controller.signal, logger, onPoll: (o) => polls.push(o) });
  return {
    polls,
    done,
    stop: async (): Promise<RunSummary> => {
      controller.abort();
      return done;
    },
  };
}

export async function agentToken(http: Http, adminBearer: string, serverId: string): Promise<string> {
  const res = await http()
    .post('/api/v1/auth/tokens')
    .set('Authorization', adminBearer)
    .send({ name: `agent ${serverId}`, serverId });
  if (res.status !== 201) throw new Error(`agent token: ${res.status} ${res.text}`);
  return (res.body as { token: string }).token;
}

export function agentConfig(
  api: ListeningApi,
  token: string,
  base: Pick<AgentConfig, 'serverId' | 'configDir' | 'stateDir'> & Partial<AgentConfig>,
): AgentConfig {
  return {
    apiUrl: api.url,
    token,
    pollIntervalMs: 100,
    maxBackoffMs: 400,
    requestTimeoutMs: 5_000,
    force: false,
    once: false,
    inspectIntervalMs: 60_000,
    facts: {
      apachectl: '/usr/sbin/apache2ctl',
      modWsgiSo: '/usr/lib/apache2/modules/mod_wsgi.so',
      getent: 'getent',
    },
    procDir: '/proc',
    ...base,
  };
}
