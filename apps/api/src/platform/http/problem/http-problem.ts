import type { ProblemDetails } from './problem-details.js';

/**
 * A refusal made by the HTTP layer itself (405, 415, 429 from the rate limiter), carrying its whole
 * problem and the headers that go with it (Allow, Retry-After, RateLimit). Application code throws AppError.
 */
export class HttpProblem extends Error {
  constructor(
    readonly problem: ProblemDetails,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(problem.detail);
    this.name = 'HttpProblem';
  }
}
