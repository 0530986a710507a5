import { setTimeout as delay } from 'node:timers/promises';
import { AGENT_VERSION } from '../../apps/agent/src/agent-version.js';
import type { AgentReportAnswer, AgentReportBody } from '../../apps/agent/src/api-client.js';
import { SAFETY_NET_POLLS } from '../../apps/agent/src/agent-reporter.js';
import type { HostFacts, WantedNames } from '../../apps/agent/src/host-facts.js';
import { AgentHttp } from './agent-http.js';
import type { CallKind, FleetRecorder } from './fleet-recorder.js';

export interface SimulatedAgentOptions {
  apiUrl: string;
  serverId: string;
  token: string;
  pollIntervalMs: number;
  /**
   * 'on-change': what apps/agent does now — a report only when its content changed (or the poll's model
   * revision moved, or every SAFETY_NET_POLLS polls), pending restarts asked only when the poll's header says
   * some wait; the poll keeps "last seen". 'every-poll': the agent before that (a report and a restart check
   * every poll), for comparison.
   */
  heartbeat: 'every-poll' | 'on-change';
  /** From the agent's state file: the revision it applied and the ETag of that answer (null: none yet). */
  state: { publicationId: string; revision: number; etag: string } | null;
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
 * report (POST /servers/{id}/agent-reports, facts and processes only when they changed; in 'on-change' mode
 * only when something changed), then the poll (GET /servers/{id}/publications/live with If-None-Match), then
 * the pending daemon group restarts (GET /servers/{id}/daemon-group-restarts/pending; in 'on-change' mode
 * only when the poll's header says some wait — none are requested here); a revision not yet applied is "applied" at once,
 * reported (POST /publications/{id}/deployments), heartbeat again, and polled again without sleeping so the
 * new ETag is learnt. Then sleep the poll interval.
 */
export class SimulatedAgent {
  private readonly http: AgentHttp;
  private applied: { publicationId: string; revision: number } | null;
  private etag: string | null;
  private lastOutcome: 'live' | 'failed' | null;
  /** A deployment report the API has not acknowledged: resent before the next poll, as the agent does. */
  private pendingReport: { publicationId: string; body: { status: 'live'; log: string } } | null = null;
  private wanted: WantedNames | null = null;
  private sentFacts: string | null = null;
  private sentProcesses = false;
  private ackedContent: string | null = null;
  private skipped = 0;
  /** What the last poll's headers said (null: not said). */
  private signals: { restartsPending: number | null; modelRevision: number | null } = {
    restartsPending: null,
    modelRevision: null,
  };
  private restartsUnsupported = false;
  private readonly stopping = new AbortController();
  /** The last failed call, for the warm-up's diagnostics. */
  lastError: string | null = null;

  constructor(private readonly options: SimulatedAgentOptions) {
    this.http = new AgentHttp(options.apiUrl, options.token);
    const { state } = options;
    this.applied = state === null ? null : { publicationId: state.publicationId, revision: state.revision };
    this.etag = state?.etag ?? null;
    this.lastOutcome = state === null ? null : 'live';
  }

  /**
   * Whether the agent's start-up reports are behind it: its last report acknowledged and a poll since sent
   * none (always true for 'every-poll', which never stops reporting).
   */
  get settled(): boolean {
    return this.options.heartbeat === 'every-poll' || (this.ackedContent !== null && this.skipped > 0);
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
      } catch (error) {
        // counted by call(); the real agent backs off, which at these rates is the interval anyway
        this.lastError = error instanceof Error ? error.message : String(error);
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
    await this.report(this.options.heartbeat === 'on-change');
    const applied = await this.pullAndApply();
    if (this.options.heartbeat === 'every-poll' || this.signals.restartsPending !== 0) {
      await this.pendingRestarts();
    }
    if (applied) await this.report(false);
    return applied;
  }

  /** GET …/daemon-group-restarts/pending (none are requested here); 404/403: never again. */
  private async pendingRestarts(): Promise<void> {
    if (this.restartsUnsupported) return;
    const path = `servers/${this.options.serverId}/daemon-group-restarts/pending`;
    const answer = await this.call('restarts', 'GET', path);
    if (answer.status === 404 || answer.status === 403) this.restartsUnsupported = true;
    else if (answer.status !== 200) throw new Error(`restarts: ${answer.status}`);
  }

  private async pullAndApply(): Promise<boolean> {
    const { serverId } = this.options;
    await this.flushReport();
    const headers: Record<string, string> = this.etag === null ? {} : { 'if-none-match': this.etag };
    const answer = await this.call('poll', 'GET', `servers/${serverId}/publications/live`, headers);
    this.signals = { restartsPending: answer.restartsPending, modelRevision: answer.modelRevision };
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
    const log = 'simulated apply: files written, configtest ok, reloaded';
    this.pendingReport = { publicationId: publication.id, body: { status: 'live', log } };
    await this.flushReport();
    return true;
  }

  /** Sent until acknowledged; 404/409 mean the API no longer wants it (dropped, as the agent does). */
  private async flushReport(): Promise<void> {
    const pending = this.pendingReport;
    if (pending === null) return;
    const path = `publications/${pending.publicationId}/deployments`;
    const answer = await this.call('deployment', 'POST', path, {}, pending.body);
    if (answer.status >= 500 || answer.status === 429) throw new Error(`deployment: ${answer.status}`);
    this.pendingReport = null;
  }

  /** onlyIfChanged: AgentReporter.reportIfChanged's rule; otherwise sent whatever it holds. */
  private async report(onlyIfChanged: boolean): Promise<void> {
    const facts = this.facts();
    const factsKey = JSON.stringify(facts);
    const content = JSON.stringify([
      this.applied?.revision ?? null,
      this.lastOutcome,
      factsKey,
      this.wanted?.modelRevision ?? null,
    ]);
    const quiet =
      this.signals.modelRevision !== null &&
      this.signals.modelRevision === (this.wanted?.modelRevision ?? null) &&
      content === this.ackedContent &&
      this.skipped < SAFETY_NET_POLLS;
    if (onlyIfChanged && quiet) {
      this.skipped += 1;
      return;
    }
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
    this.ackedContent = content;
    this.skipped = 0;
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
    const started = performance.now();
    try {
      const answer = await this.http.send(method, path, headers, body);
      this.options.recorder.record(kind, answer.status, answer.ms);
      return answer;
    } catch (error) {
      // A timeout counts with the time it took: the agent waited that long.
      this.options.recorder.record(kind, 'error', performance.now() - started);
      throw error;
    }
  }
}
