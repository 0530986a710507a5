import type { ChangePlan } from './classify.js';
import {
  commandEnv,
  DEFAULT_COMMAND_TIMEOUT_MS,
  expandCommand,
  type CommandTemplate,
} from './command-template.js';
import type { DriftFinding } from './drift.js';
import type { ApplyInput, FaultPoint } from './apply-input.js';
import type { ApplyResult } from './apply-result.js';
import type { CommandOutcome } from './ports/command-runner.port.js';
import type { DeployPorts } from './ports/deploy-ports.js';
import type { RecoverResult } from './recover.js';
import { StepLog } from './step-log.js';
import type { TenantDirectoryGuard } from './tenant-directory-guard.js';

/** What every step of one apply shares. */
export interface ApplyRun {
  input: ApplyInput;
  ports: DeployPorts;
  revision: string;
  steps: StepLog;
  fault: (point: FaultPoint) => void;
}

/** What the survey of the disk found: the steps after it act on `plan` only. */
export interface Survey {
  recovery: RecoverResult;
  /** manifestDigest of the new revision. */
  newDigest: string;
  /** The disk record before this apply (the digest the disk is known to hold, or null). */
  recorded: string | null;
  guard: TenantDirectoryGuard;
  drift: DriftFinding[];
  plan: ChangePlan;
}

export function beginRun(input: ApplyInput, ports: DeployPorts): ApplyRun {
  const revision = String(input.revision);
  return {
    input,
    ports,
    revision,
    steps: new StepLog(ports.clock, revision, input.logger),
    fault: input.faultInjection ?? (() => undefined),
  };
}

/** The result of this apply in `status`; every path ends through here so the reports agree. */
export type Finish = (status: ApplyResult['status'], rest?: Partial<ApplyResult>) => ApplyResult;

export function finisher(run: ApplyRun, survey: Survey): Finish {
  const { plan } = survey;
  const base = {
    revision: run.revision,
    reloadNeeded: plan.reload,
    reloaded: false,
    changedPaths: [...plan.writes.map((w) => w.file.path), ...plan.builds.map((b) => b.path)],
    deletedPaths: plan.deletes.map((d) => d.path),
    overriddenDrift: survey.drift,
    recovery: survey.recovery,
  };
  return (status, rest = {}) => ({
    ...base,
    status,
    steps: run.steps.records,
    failure: null,
    rollback: null,
    ...rest,
  });
}

/** configtest or reload with this apply's placeholders filled in. */
export function runCommand(
  run: ApplyRun,
  template: CommandTemplate,
  include: string,
): Promise<CommandOutcome> {
  const argv = expandCommand(template, {
    include,
    configDir: run.input.target.configDir,
    revision: run.revision,
  });
  return run.ports.runner.run(argv, {
    timeoutMs: template.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
    env: commandEnv(template),
  });
}

export function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '') ?? '';
}
