import type { PreparedModel } from './prepared-model.js';
import type { ResolveEnv, ResolveStatus } from './resolve-outcome.js';
import type { OutcomeState } from './resolve-request.js';
import type { Trace } from './trace.js';

/** The answer to the request, given by the step that stops the walk (or by mod_wsgi's dispatch). */
export class Answer {
  constructor(
    readonly status: ResolveStatus,
    readonly error?: string,
  ) {}
}

/** What every step reads and writes: the model, the caller's environment, the trace and the outcome so far. */
export interface Walk {
  pm: PreparedModel;
  env: ResolveEnv;
  trace: Trace;
  state: OutcomeState;
}
