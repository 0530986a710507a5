import type { ApacheInstance } from '#test-support/apache/index.js';
import type { ResolveOutcome } from '../engine.js';

/** The facts both sides state about one request, in one comparable shape. */
export interface RequestFacts {
  status: number;
  /** null when no WSGI application answered (static file, 404, 500…). */
  processGroup: string | null;
  user: string | null;
  group: string | null;
  /** For 500s: the mod_wsgi/core error text (Apache: found in the log; engine: resolve().error). */
  error: string | null;
}

export interface Comparison {
  request: string;
  predicted: RequestFacts;
  actual: RequestFacts;
  /** A short human reading of the resolver's trace, for the failure message. */
  trace: string[];
}

function predictedFacts(outcome: ResolveOutcome): RequestFacts {
  const ran = outcome.status === 200 && outcome.processGroup !== null;
  return {
    status: outcome.status,
    processGroup: ran ? outcome.processGroup : null,
    user: ran ? (outcome.runsAs?.user ?? null) : null,
    group: ran ? (outcome.runsAs?.group ?? null) : null,
    error: outcome.status === 500 ? (outcome.error ?? '(no error text)') : null,
  };
}

/**
 * Sends the request to the real Apache and lines it up with the prediction. For 500s the actual `error`
 * is the predicted text when the error log contains it, otherwise the new log lines (so a mismatch shows
 * what Apache really said).
 */
export async function compareRequest(
  apache: ApacheInstance,
  host: string,
  path: string,
  outcome: ResolveOutcome,
  port: number = apache.port,
): Promise<Comparison> {
  const predicted = predictedFacts(outcome);
  const mark = apache.logMark();
  const response = await apache.requestOn(port, host, path);
  let error: string | null = null;
  if (response.status === 500) {
    const log = await apache.waitForLog(mark, predicted.error ?? '\u0000never');
    error = predicted.error !== null && log.includes(predicted.error) ? predicted.error : log.trim();
  }
  const probe = response.probe;
  return {
    request: port === apache.port ? `GET http://${host}${path}` : `GET http://${host}:${port}${path}`,
    predicted,
    actual: {
      status: response.status,
      processGroup: probe?.process_group ?? null,
      user: probe?.user ?? null,
      group: probe?.group ?? null,
      error,
    },
    trace: outcome.trace.map((t) => `${t.step}: ${t.detail}`),
  };
}

export function isMatch(c: Comparison): boolean {
  return JSON.stringify(c.predicted) === JSON.stringify(c.actual);
}
