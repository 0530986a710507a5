import type { LevelWithSilent } from 'pino';

/**
 * The level of a request's access line. 5xx or a thrown error is an error, 4xx a warning. A 304 (a conditional
 * GET whose answer did not change: every agent's poll, a dashboard's refresh) is debug: at 1,000 agents polling
 * every 5 s it is 200 lines a second that say nothing happened, and writing them was ~10% of the API's CPU in
 * `npm run bench:fleet`. An agent's liveness is in the fleet view, not in the access log.
 */
export function accessLogLevel(statusCode: number, error: unknown): LevelWithSilent {
  if (error !== undefined && error !== null) return 'error';
  if (statusCode >= 500) return 'error';
  if (statusCode >= 400) return 'warn';
  if (statusCode === 304) return 'debug';
  return 'info';
}
