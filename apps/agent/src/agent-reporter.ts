import { detectDrift, type DriftFinding } from '#deploy';
import type { AgentConfig } from './agent-config.js';
import type { AgentLogger } from './agent-logger.js';
import type { AgentState } from './agent-state.js';
import { AGENT_VERSION } from './agent-version.js';
import { ApiRefusedError, type AgentApiClient, type AgentReportBody } from './api-client.js';
import { deployTarget } from './apply-publication.js';
import { readDaemonProcesses, type DaemonProcess } from './daemon-processes.js';
import { readHostFacts, type HostFacts, type WantedNames } from './host-facts.js';

/**
 * The heartbeat sent after every poll (POST /servers/{id}/agent-reports). Cheap on both ends: the processes
 * are read from /proc each time but sent only when the set of pids changed; facts (commands, getent) and
 * drift (hashing every managed file) are read every inspect interval, after an apply, and when the API asks
 * about other names, and sent only when they changed.
 */
export class AgentReporter {
  private wanted: WantedNames | null = null;
  private facts: HostFacts | null = null;
  private drift: DriftFinding[] = [];
  private inspectedAt: number | null = null;
  private sentFacts: string | null = null;
  private sentProcesses: string | null = null;
  private unsupported = false;
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

  async report(state: AgentState): Promise<void> {
    if (this.unsupported) return;
    await this.inspectIfDue(state);
    const processes = await readDaemonProcesses(this.config.procDir);
    const processKey = JSON.stringify(processes.map((p) => [p.group, p.pid]));
    const factsKey = JSON.stringify(this.facts);
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
      return;
    }
    if (answer === 'unsupported') {
      this.unsupported = true;
      this.logger.warn(
        { event: 'agent.heartbeat', answer },
        'the API takes no agent reports; not sending them',
      );
      return;
    }
    this.sentFacts = factsKey;
    this.sentProcesses = processKey;
    this.forceRevision = answer.forceRevision ?? null;
    this.declaredPython = answer.pythonVersion ?? null;
    if (answer.wanted !== null) {
      this.wanted = answer.wanted;
      this.invalidate();
    }
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
