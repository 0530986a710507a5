import { recover } from '#deploy';
import type { AgentConfig } from './agent-config.js';
import type { AgentLogger } from './agent-logger.js';
import { AgentApiClient, type PollSignals } from './api-client.js';
import { applyPublication, deployTarget, journalDir, type AppliedOutcome } from './apply-publication.js';
import { AgentReporter } from './agent-reporter.js';
import { AgentRestarts } from './daemon-group-restarts.js';
import { loadState, saveState, type AgentState } from './agent-state.js';

export type PollOutcome =
  | { kind: 'idle'; why: 'unchanged' | 'no-revision' | 'up-to-date' | 'not-deployable' }
  | { kind: 'applied'; publicationId: string; revision: number; status: 'live' | 'failed'; applyMs: number };

/**
 * One server's agent: what it last applied (kept in its state dir), and one poll → apply → report step.
 * The order of durable writes makes every crash point safe: the deploy journal recovers the disk, the
 * state file is saved (with the report still owed) before the report is sent, and reports are resent
 * until the API acknowledges them.
 */
export class Agent {
  private state: AgentState | null = null;
  private readonly reporter: AgentReporter;
  private readonly restarts: AgentRestarts;
  /** What the last poll's headers said (null: not said — an older API, or no poll answered yet). */
  private signals: PollSignals = { restartsPending: null, modelRevision: null };

  constructor(
    private readonly config: AgentConfig,
    private readonly logger: AgentLogger,
    private readonly api = new AgentApiClient(config),
  ) {
    this.reporter = new AgentReporter(config, api, logger);
    this.restarts = new AgentRestarts(config, api, logger);
  }

  /** Loads the state and finishes or undoes an apply a previous run died in. */
  async start(): Promise<void> {
    this.state = await loadState(this.config.stateDir);
    const recovery = await recover(journalDir(this.config), deployTarget(this.config), {
      ...(this.config.reload !== undefined ? { reload: this.config.reload } : {}),
    });
    this.logger.info(
      {
        event: 'agent.start',
        serverId: this.config.serverId,
        appliedRevision: this.state.applied?.revision ?? null,
        recovery: recovery.action,
        recoveredRevision: recovery.revision,
      },
      'agent started',
    );
  }

  /**
   * One poll: the report when it changed (what is applied, drift, facts, processes; its answer says whether a
   * revision was published with force over our drift), then apply what the API wants, then the daemon group
   * restarts the API holds for this server when the poll says some wait (after the apply: a restart then
   * starts the new revision's code), then a report with the outcome. A quiet agent makes the poll only: it
   * is also the agent's heartbeat.
   */
  async pollOnce(): Promise<PollOutcome> {
    await this.reporter.reportIfChanged(this.loaded(), this.signals);
    const outcome = await this.pullAndApply();
    // An API that does not say (older, or a server without revisions) is asked every poll, as before.
    const restarted = this.signals.restartsPending === 0 ? 0 : await this.restarts.runPending();
    if (outcome.kind === 'applied' || restarted > 0) {
      this.reporter.invalidate();
      await this.reporter.report(this.loaded());
    }
    return outcome;
  }

  private async pullAndApply(): Promise<PollOutcome> {
    const state = this.loaded();
    if (state.pendingReport !== null) await this.flushReport(state);
    const answer = await this.api.live(state.etag);
    this.signals = { restartsPending: answer.restartsPending, modelRevision: answer.modelRevision };
    if (answer.kind === 'unchanged') return { kind: 'idle', why: 'unchanged' };
    if (answer.kind === 'none') return { kind: 'idle', why: 'no-revision' };
    const { publication, etag } = answer;
    if (publication.serverId !== this.config.serverId) {
      throw new Error(`the API answered with a revision of server ${publication.serverId}`);
    }
    if (state.applied?.publicationId === publication.id) {
      if (state.etag !== etag) await this.save({ ...state, etag });
      return { kind: 'idle', why: 'up-to-date' };
    }
    if (publication.status !== 'pending' && publication.status !== 'live') {
      return { kind: 'idle', why: 'not-deployable' };
    }

    this.logger.info(
      { event: 'agent.apply', publicationId: publication.id, revision: publication.revision },
      'applying revision',
    );
    const started = performance.now();
    const apply = (force: boolean): Promise<AppliedOutcome> =>
      applyPublication(
        { ...this.config, force },
        publication,
        state.applied?.files ?? [],
        this.logger,
        this.reporter.pythonVersion(),
      );
    let outcome: AppliedOutcome = await apply(
      this.config.force || this.reporter.forceRevision === publication.revision,
    );
    if (outcome.handEdited) {
      // The revision may have been forced after our last report's answer: ask again before failing it.
      await this.reporter.report(state);
      if (this.reporter.forceRevision === publication.revision) outcome = await apply(true);
    }
    const applyMs = Math.round(performance.now() - started);
    const applied =
      outcome.files === null
        ? state.applied
        : {
            publicationId: publication.id,
            revision: publication.revision,
            digest: publication.digest,
            files: outcome.files,
          };
    await this.save({
      ...state,
      applied,
      etag: null,
      pendingReport: { publicationId: publication.id, ...outcome.report },
      lastOutcome: outcome.report.status,
    });
    const log = outcome.report.status === 'live' ? this.logger.info : this.logger.error;
    log.call(
      this.logger,
      {
        event: 'agent.applied',
        publicationId: publication.id,
        revision: publication.revision,
        status: outcome.report.status,
        applyMs,
        reloaded: outcome.result?.reloaded ?? false,
        changedPaths: outcome.result?.changedPaths.length ?? 0,
      },
      outcome.report.log.split('\n')[0],
    );
    await this.flushReport(this.loaded());
    return {
      kind: 'applied',
      publicationId: publication.id,
      revision: publication.revision,
      status: outcome.report.status,
      applyMs,
    };
  }

  /** The revision this agent made live last (null before the first one). */
  appliedRevision(): number | null {
    return this.loaded().applied?.revision ?? null;
  }

  private async flushReport(state: AgentState): Promise<void> {
    const pending = state.pendingReport;
    if (pending === null) return;
    const { publicationId, status, log } = pending;
    const answer = await this.api.report(publicationId, { status, log });
    this.logger[answer === 'accepted' ? 'info' : 'warn'](
      { event: 'agent.report', publicationId, status, answer },
      answer === 'accepted' ? 'deployment reported' : 'the API no longer wants this report; dropped',
    );
    await this.save({ ...state, pendingReport: null });
  }

  private async save(state: AgentState): Promise<void> {
    await saveState(this.config.stateDir, state);
    this.state = state;
  }

  private loaded(): AgentState {
    if (this.state === null) throw new Error('Agent.start() was not called');
    return this.state;
  }
}
