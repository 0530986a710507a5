import { detectDrift, type DriftFinding } from '#deploy';
import type { AgentConfig } from './agent-config.js';
import type { AgentLogger } from './agent-logger.js';
import type { AgentState } from './agent-state.js';
import { AGENT_VERSION } from './agent-version.js';
import {
  ApiRefusedError,
  type AgentApiClient,
  type AgentReportBody,
  type PollSignals,
} from './api-client.js';
import { deployTarget } from './apply-publication.js';
import { readDaemonProcesses, type DaemonProcess } from './daemon-processes.js';
import { readHostFacts, type HostFacts, type WantedNames } from './host-facts.js';

/**
 * The agent's report (POST /servers/{id}/agent-reports). Cheap on both ends: the processes are read from
 * /proc each time but sent only when the set of pids changed; facts (commands, getent) and drift (hashing
 * every managed file) are read every inspect interval, after an apply, and when the API asks about other
 * names, and sent only when they changed. Against an API whose poll says the model revision (and so keeps
 * "last seen" itself), a report is sent only when its content changed since the last acknowledged one.
 */
/** At 5 s polls, a report at least every 5 minutes even when nothing changed (see reportIfChanged). */
export const SAFETY_NET_POLLS = 60;

export class AgentReporter {
  private wanted: WantedNames | null = null;
  private facts: HostFacts | null = null;
  private drift: DriftFinding[] = [];
  private inspectedAt: number | null = null;
  private sentFacts: string | null = null;
  private sentProcesses: string | null = null;
  private unsupported = false;
  /** The content of the last report the API acknowledged, and how many polls skipped sending since. */
  private ackedKey: string | null = null;
  private skipped = 0;
  /** The revision the API says was published with force over this server's drift. */
  forceRevision: number | null = null;
  /** The server's declared Python X.Y, as the API last answered (null: none declared, or an older API). */
  private declaredPython: string | null = null;

  constructor(
    private readonly config: AgentConfig,
    private readonly api: AgentApiClient,
    private readonly logger: AgentLogger,
  ) {}

  /** The disk or the host may have changed (an apply ran): inspect again before the next report. */
  invalidate(): void {
    this.inspectedAt = null;
  }

  /** Sends the report whatever it holds (after an apply, or to learn whether a revision was forced). */
  async report(state: AgentState): Promise<void> {
    await this.send(state, null);
  }

  /**
   * Once per poll: sends only when the content (applied revision, outcome, drift, facts, processes, version)
   * changed since the last acknowledged report, the poll said a model revision other than the one whose names
   * were checked, or SAFETY_NET_POLLS polls passed. The net: a report's answer also carries what no header
   * says (a revision forced over our drift, the declared Python), and an API whose agent-report row was lost
   * gets it back. Without the poll's headers (an older API, or none seen yet) it sends every poll, as
   * before, since then nothing else keeps "last seen" fresh. Answers whether it sent.
   */
  async reportIfChanged(state: AgentState, signals: PollSignals): Promise<boolean> {
    return this.send(state, signals);
  }

  private async send(state: AgentState, signals: PollSignals | null): Promise<boolean> {
    if (this.unsupported) return false;
    await this.inspectIfDue(state);
    const processes = await readDaemonProcesses(this.config.procDir);
    const processKey = JSON.stringify(processes.map((p) => [p.group, p.pid]));
    const factsKey = JSON.stringify(this.facts);
    const contentKey = JSON.stringify([
      AGENT_VERSION,
      state.applied?.revision ?? null,
      state.lastOutcome,
      this.drift,
      factsKey,
      processKey,
      this.wanted?.modelRevision ?? null,
    ]);
    if (signals !== null && this.mayStayQuiet(contentKey, signals)) {
      this.skipped += 1;
      return false;
    }
    const body: AgentReportBody = {
      agentVersion: AGENT_VERSION,
      appliedRevision: state.applied?.revision ?? null,
      lastOutcome: state.lastOutcome,
      drift: this.drift,
      ...(this.facts !== null && factsKey !== this.sentFacts ? { facts: this.facts } : {}),
      ...(processKey !== this.sentProcesses ? { processes } : {}),
      ...(this.wanted !== null ? { wantedRevision: this.wanted.modelRevision } : {}),
    };
    let answer: Awaited<ReturnType<AgentApiClient['agentReport']>>;
    try {
      answer = await this.api.agentReport(body);
    } catch (error) {
      // A refused heartbeat (e.g. 400) must not stop the applies; an unreachable API stops the poll anyway.
      if (!(error instanceof ApiRefusedError)) throw error;
      this.logger.warn({ event: 'agent.heartbeat', error: error.message }, 'the API refused the report');
      return false;
    }
    if (answer === 'unsupported') {
      this.unsupported = true;
      this.logger.warn(
        { event: 'agent.heartbeat', answer },
        'the API takes no agent reports; not sending them',
      );
      return false;
    }
    this.ackedKey = contentKey;
    this.skipped = 0;
    this.sentFacts = factsKey;
    this.sentProcesses = processKey;
    this.forceRevision = answer.forceRevision ?? null;
    this.declaredPython = answer.pythonVersion ?? null;
    if (answer.wanted !== null) {
      this.wanted = answer.wanted;
      this.invalidate();
    }
    return true;
  }

  private mayStayQuiet(contentKey: string, signals: PollSignals): boolean {
    if (signals.modelRevision === null) return false;
    if (signals.modelRevision !== (this.wanted?.modelRevision ?? null)) return false;
    return contentKey === this.ackedKey && this.skipped < SAFETY_NET_POLLS;
  }

  /**
   * The X.Y the apply's preflight checks python-homes against: the server's declared one, as the local
   * applier uses; without a declaration, the one this host's mod_wsgi links (its libpython), which is what
   * a venv must match at request time.
   */
  pythonVersion(): string | null {
    const detected = this.facts?.pythonVersion ?? null;
    return this.declaredPython ?? (detected === null ? null : detected.split('.').slice(0, 2).join('.'));
  }

  private async inspectIfDue(state: AgentState): Promise<void> {
    const now = Date.now();
    if (this.inspectedAt !== null && now - this.inspectedAt < this.config.inspectIntervalMs) return;
    this.inspectedAt = now;
    this.facts = await readHostFacts(this.config.facts, this.wanted);
    try {
      this.drift = await detectDrift(state.applied?.files ?? [], deployTarget(this.config));
    } catch (error) {
      // A symlinked tenant directory is never read through; the next apply reports it.
      this.logger.warn(
        { event: 'agent.drift', error: error instanceof Error ? error.message : String(error) },
        'drift check failed',
      );
    }
  }
}

export type { DaemonProcess };
