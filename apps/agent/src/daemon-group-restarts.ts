import { restartDaemonGroup, type DaemonGroupRestartOutcome } from '#deploy';
import type { AgentConfig } from './agent-config.js';
import type { AgentLogger } from './agent-logger.js';
import { ApiRefusedError, type AgentApiClient, type PendingRestart } from './api-client.js';

/** Restarts the group on this host; a seam for tests. */
export type RestartGroup = (restart: PendingRestart, procDir: string) => Promise<DaemonGroupRestartOutcome>;

const restartOnThisHost: RestartGroup = (restart, procDir) =>
  restartDaemonGroup(
    {
      name: restart.groupName,
      displayName: restart.displayName,
      socketPrefix: restart.socketPrefix,
      // An older API sends none: then only the listeners tell groups apart.
      otherTitles: restart.otherTitles ?? [],
    },
    { procDir },
  );

/**
 * Once per poll: the restarts the API holds for this server (POST /daemon-groups/{id}/restart), one after the
 * other. Each is marked running before anything is signalled, so a second agent process (or a retry after a
 * crash) cannot take it too, and its outcome (pids before and after, errors) is sent back.
 */
export interface AgentRestartsOptions {
  /** After an API without the routes answered, ask again on every n-th poll (it may be upgraded meanwhile). */
  reprobeEvery?: number;
  /** Start no further restart in one poll once this long has passed: heartbeats and applies must not starve. */
  budgetMs?: number;
  monotonicMs?: () => number;
}

export class AgentRestarts {
  /** Polls left to skip before asking an API that had no restart routes again. */
  private skipPolls = 0;
  private readonly reprobeEvery: number;
  private readonly budgetMs: number;
  private readonly monotonicMs: () => number;

  constructor(
    private readonly config: AgentConfig,
    private readonly api: AgentApiClient,
    private readonly logger: AgentLogger,
    private readonly restart: RestartGroup = restartOnThisHost,
    options: AgentRestartsOptions = {},
  ) {
    this.reprobeEvery = options.reprobeEvery ?? 10;
    this.budgetMs = options.budgetMs ?? 60_000;
    this.monotonicMs = options.monotonicMs ?? (() => performance.now());
  }

  /** How many restarts ran; an API without the routes is asked again only every `reprobeEvery` polls. */
  async runPending(): Promise<number> {
    if (this.skipPolls > 0) {
      this.skipPolls -= 1;
      return 0;
    }
    try {
      return await this.runAll();
    } catch (error) {
      // A refused request (4xx) must not stop the applies; an unreachable API fails the poll anyway.
      if (!(error instanceof ApiRefusedError)) throw error;
      this.logger.warn(
        { event: 'agent.restarts', error: error.message },
        'the API refused a restart request',
      );
      return 0;
    }
  }

  private async runAll(): Promise<number> {
    const pending = await this.api.pendingRestarts();
    if (pending === 'unsupported') {
      this.skipPolls = this.reprobeEvery - 1;
      this.logger.warn({ event: 'agent.restarts', answer: pending }, 'the API holds no restarts for agents');
      return 0;
    }
    let ran = 0;
    const started = this.monotonicMs();
    for (const item of pending) {
      // The rest stay pending for the next poll (its Hostplane-Restarts-Pending says so).
      if (ran > 0 && this.monotonicMs() - started >= this.budgetMs) break;
      try {
        if ((await this.api.restartOutcome(item.id, { state: 'running' })) === 'gone') continue;
      } catch (error) {
        if (error instanceof ApiRefusedError) continue; // another agent took it, or it was finished meanwhile
        throw error;
      }
      const outcome = await this.restart(item, this.config.procDir).catch((error: unknown) => ({
        ok: false,
        pidsBefore: [],
        pidsAfter: [],
        errors: [error instanceof Error ? error.message : String(error)],
      }));
      const { ok, pidsBefore, pidsAfter, errors } = outcome;
      this.logger[ok ? 'info' : 'error'](
        { event: 'agent.restart', restartId: item.id, group: item.groupName, pidsBefore, pidsAfter, errors },
        ok ? 'daemon group restarted' : 'daemon group restart failed',
      );
      // Sent even if it ends 409: the restart happened, the log above keeps its outcome.
      await this.api.restartOutcome(item.id, {
        state: ok ? 'done' : 'failed',
        pidsBefore,
        pidsAfter,
        errors: errors.map((e) => e.slice(0, 2_000)).slice(0, 100),
      });
      ran += 1;
    }
    return ran;
  }
}
