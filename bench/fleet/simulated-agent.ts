import { setTimeout as delay } from 'node:timers/promises';
import { AGENT_VERSION } from '../../apps/agent/src/agent-version.js';
import type { AgentReportAnswer, AgentReportBody } from '../../apps/agent/src/api-client.js';
import type { HostFacts, WantedNames } from '../../apps/agent/src/host-facts.js';
import { AgentHttp } from './agent-http.js';
import type { CallKind, FleetRecorder } from './fleet-recorder.js';

export interface SimulatedAgentOptions {
  apiUrl: string;
  serverId: string;
  token: string;
  pollIntervalMs: number;
  recorder: FleetRecorder;
}

const MODULES = ['core', 'so', 'http', 'mpm_event', 'authz_core', 'alias', 'dir', 'mime', 'rewrite', 'wsgi'];

/** The daemon processes of the template server's 8 groups, two each: read every poll, sent when they change. */
const PROCESSES = Array.from({ length: 16 }, (_, i) => ({
  group: `t${Math.floor(i / 8)}:${(Math.floor(i / 2) % 4) + 1}`,
  pid: 10_000 + i,
  startedAt: '2026-12-01T00:00:00.000Z',
  rssBytes: 40_000_000,
}));

/**
 * The HTTP calls apps/agent makes, in its order (Agent.pollOnce + runAgent), without the host work: a
 * heartbeat (POST /servers/{id}/agent-reports, facts and processes only when they changed), then the poll
 * (GET /servers/{id}/publications/live with If-None-Match); a revision not yet applied is "applied" at once,
 * reported (POST /publications/{id}/deployments), heartbeat again, and polled again without sleeping so the
 * new ETag is learnt. Then sleep the poll interval.
 */
export class SimulatedAgent {
  private readonly http: AgentHttp;
  private applied: { publicationId: string; revision: number } | null = null;
  private etag: string | null = null;
  private lastOutcome: 'live' | 'failed' | null = null;
  private wanted: WantedNames | null = null;
  private sentFacts: string | null = null;
  private sentProcesses = false;
  private readonly stopping = new AbortController();

  constructor(private readonly options: SimulatedAgentOptions) {
    this.http = new AgentHttp(options.apiUrl, options.token);
  }

  /** Whether the agent has made its server's revision live. */
  get upToDate(): boolean {
    return this.applied !== null && this.etag !== null;
  }

  async run(startDelayMs: number): Promise<void> {
    const { signal } = this.stopping;
    await this.sleep(startDelayMs);
    while (!signal.aborted) {
      let again = false;
      try {
        again = await this.pollOnce();
      } catch {
        // counted by call(); the real agent backs off, which at these rates is the interval anyway
      }
      if (!again) await this.sleep(this.options.pollIntervalMs);
    }
    this.http.close();
  }

  stop(): void {
    this.stopping.abort();
  }

  private async sleep(ms: number): Promise<void> {
    await delay(ms, undefined, { signal: this.stopping.signal }).catch(() => undefined);
  }

  /** true: a revision was just applied (poll again at once). */
  private async pollOnce(): Promise<boolean> {
    await this.report();
    const applied = await this.pullAndApply();
    if (applied) await this.report();
    return applied;
  }

  private async pullAndApply(): Promise<boolean> {
    const { serverId } = this.options;
    const headers: Record<string, string> = this.etag === null ? {} : { 'if-none-match': this.etag };
    const answer = await this.call('poll', 'GET', `servers/${serverId}/publications/live`, headers);
    if (answer.status === 304 || answer.status === 404) return false;
    if (answer.status !== 200) throw new Error(`poll: ${answer.status}`);
    const publication = JSON.parse(answer.body) as { id: string; revision: number; status: string };
    if (this.applied?.publicationId === publication.id) {
      this.etag = answer.etag;
      return false;
    }
    if (publication.status !== 'pending' && publication.status !== 'live') return false;
    this.applied = { publicationId: publication.id, revision: publication.revision };
    this.lastOutcome = 'live';
    this.etag = null;
    const body = { status: 'live', log: 'simulated apply: files written, configtest ok, reloaded' };
    await this.call('deployment', 'POST', `publications/${publication.id}/deployments`, {}, body);
    return true;
  }

  private async report(): Promise<void> {
    const facts = this.facts();
    const factsKey = JSON.stringify(facts);
    const body: AgentReportBody = {
      agentVersion: AGENT_VERSION,
      appliedRevision: this.applied?.revision ?? null,
      lastOutcome: this.lastOutcome,
      drift: [],
      ...(factsKey !== this.sentFacts ? { facts } : {}),
      ...(this.sentProcesses ? {} : { processes: PROCESSES }),
      ...(this.wanted !== null ? { wantedRevision: this.wanted.modelRevision } : {}),
    };
    const path = `servers/${this.options.serverId}/agent-reports`;
    const answer = await this.call('report', 'POST', path, {}, body);
    if (answer.status !== 200) throw new Error(`report: ${answer.status} ${answer.body.slice(0, 200)}`);
    const parsed = JSON.parse(answer.body) as AgentReportAnswer;
    this.sentFacts = factsKey;
    this.sentProcesses = true;
    if (parsed.wanted !== null) this.wanted = parsed.wanted;
  }

  /** Users and groups are known once the API named them (`wanted`), so the facts change once. */
  private facts(): HostFacts {
    return {
      apacheVersion: '2.4.62',
      modWsgiVersion: '4.9.4',
      pythonVersion: '3.12',
      modules: MODULES,
      ...(this.wanted === null
        ? {}
        : { unixUsers: this.wanted.unixUsers, unixGroups: this.wanted.unixGroups, env: {} }),
    };
  }

  private async call(
    kind: CallKind,
    method: 'GET' | 'POST',
    path: string,
    headers: Record<string, string> = {},
    body?: unknown,
  ) {
    try {
      const answer = await this.http.send(method, path, headers, body);
      this.options.recorder.record(kind, answer.status, answer.ms);
      return answer;
    } catch (error) {
      this.options.recorder.record(kind, 'error', 0);
      throw error;
    }
  }
}
