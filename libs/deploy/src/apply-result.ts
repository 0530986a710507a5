import type { ConfigErrorAttribution } from './attribute-config-error.js';
import type { DriftFinding } from './drift.js';
import type { CommandOutcome } from './ports/command-runner.port.js';
import type { RecoverResult } from './recover.js';
import type { StepRecord } from './step-log.js';

export interface ApplyFailure {
  step: 'stage' | 'preflight' | 'configtest' | 'swap' | 'reload' | 'probe';
  message: string;
  output: string;
  /** For configtest failures: where in the include file Apache's complaint points (preflight: the group's line). */
  attribution: ConfigErrorAttribution | null;
}

/** What a rollback did: whether the previous files are back and what the second reload said. */
export interface RollbackReport {
  restoredPaths: string[];
  reload: CommandOutcome | null;
  ok: boolean;
}

export interface ApplyResult {
  status: 'live' | 'failed' | 'rolled_back';
  revision: string;
  /** A file Apache reads at start changed (.htaccess-only changes never need one). */
  reloadNeeded: boolean;
  reloaded: boolean;
  changedPaths: string[];
  deletedPaths: string[];
  steps: StepRecord[];
  /** Hand edits overwritten because of force. */
  overriddenDrift: DriftFinding[];
  /** An interrupted earlier apply that was cleaned up first. */
  recovery: RecoverResult;
  failure: ApplyFailure | null;
  /** When rolled back: whether the previous files are back and what the second reload said. */
  rollback: RollbackReport | null;
}
