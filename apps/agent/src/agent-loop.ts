import type { AgentConfig } from './agent-config.js';
import type { AgentLogger } from './agent-logger.js';
import { Agent, type PollOutcome } from './agent.js';
import type { AgentApiClient } from './api-client.js';
import { backoffDelay, sleep } from './backoff.js';

export interface RunAgentOptions {
  /** Abort (SIGTERM) stops the loop between steps; an apply in progress is finished first. */
  signal: AbortSignal;
  logger: AgentLogger;
  api?: AgentApiClient;
  /** Observes each completed poll (tests wait on it). */
  onPoll?: (outcome: PollOutcome) => void;
}

export interface RunSummary {
  /** 0: up to date (or stopped cleanly); 1: --once ended in an error or a failed revision. */
  exitCode: number;
  polls: number;
  errors: number;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * recover() first, then poll forever: apply what the API wants, report, sleep. Errors (API outage,
 * refused token, busy lock) are logged and retried with capped exponential back-off, never fatal, so the
 * agent picks up where it left off when the API comes back.
 */
export async function runAgent(config: AgentConfig, options: RunAgentOptions): Promise<RunSummary> {
  const { signal, logger } = options;
  const agent = new Agent(config, logger, options.api);
  await agent.start();
  const summary: RunSummary = { exitCode: 0, polls: 0, errors: 0 };
  const baseBackoffMs = Math.min(1_000, config.pollIntervalMs);
  let failures = 0;
  while (!signal.aborted) {
    let outcome: PollOutcome;
    try {
      outcome = await agent.pollOnce();
    } catch (error) {
      failures += 1;
      summary.errors += 1;
      const delayMs = backoffDelay(failures, baseBackoffMs, config.maxBackoffMs);
      logger.warn(
        {
          event: 'agent.error',
          error: messageOf(error),
          kind: errorKind(error),
          failures,
          retryInMs: delayMs,
        },
        'poll failed; retrying',
      );
      if (config.once) return { ...summary, exitCode: 1 };
      await sleep(delayMs, signal);
      continue;
    }
    if (failures > 0) logger.info({ event: 'agent.recovered', failures }, 'the API answers again');
    failures = 0;
    summary.polls += 1;
    options.onPoll?.(outcome);
    if (config.once)
      return { ...summary, exitCode: outcome.kind === 'applied' && outcome.status === 'failed' ? 1 : 0 };
    // Just made a revision live: ask again at once so the API's new ETag (status live) is learnt.
    if (outcome.kind === 'applied' && outcome.status === 'live') continue;
    await sleep(config.pollIntervalMs, signal);
  }
  logger.info({ event: 'agent.stop', polls: summary.polls }, 'agent stopped');
  return summary;
}

function errorKind(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
