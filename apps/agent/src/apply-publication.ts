import { join } from 'node:path';
import { applyRevision, DriftError, type ApplyResult, type DeployedFile, type DeployLogger } from '#deploy';
import type { AgentConfig } from './agent-config.js';
import type { DeploymentReport, WantedPublication } from './api-client.js';

/** The API refuses longer logs; the head says what failed. */
const MAX_LOG = 60_000;

export interface AppliedOutcome {
  report: DeploymentReport;
  /** The files now live, when the revision went live. */
  files: DeployedFile[] | null;
  result: ApplyResult | null;
  /** Refused before anything was written: files the last revision wrote were edited by hand. */
  handEdited: boolean;
}

export function journalDir(config: AgentConfig): string {
  return join(config.stateDir, 'journal');
}

export function deployTarget(config: AgentConfig): { configDir: string; rootPrefix?: string } {
  return {
    configDir: config.configDir,
    ...(config.rootPrefix !== undefined ? { rootPrefix: config.rootPrefix } : {}),
  };
}

/** The same steps as a local publish (drift check, stage, configtest, swap, reload, probe, rollback). */
export async function applyPublication(
  config: AgentConfig,
  publication: WantedPublication,
  previousFiles: readonly DeployedFile[],
  logger: DeployLogger,
  /** X.Y the preflight checks python-homes against (null: only their shape). */
  pythonVersion: string | null = null,
): Promise<AppliedOutcome> {
  let result: ApplyResult;
  try {
    result = await applyRevision({
      revision: publication.revision,
      files: publication.files.map(({ path, content, sha256 }) => ({ path, content, sha256 })),
      previousFiles,
      target: deployTarget(config),
      journalDir: journalDir(config),
      force: config.force,
      logger,
      ...(pythonVersion !== null ? { pythonVersion } : {}),
      ...(config.configtest !== undefined ? { configtest: config.configtest } : {}),
      ...(config.reload !== undefined ? { reload: config.reload } : {}),
      ...(config.probe !== undefined ? { probe: config.probe } : {}),
    });
  } catch (error) {
    // Busy: another apply holds the lock (retry later). Anything else but drift is a bug or the host: let
    // the loop log it and retry rather than fail a revision for a transient fault.
    if (!(error instanceof DriftError)) throw error;
    const lines = error.findings.map((f) => `${f.kind} ${f.target}`);
    const log = [
      'drift: hand-edited files, nothing was written (run the agent with --force to overwrite)',
      ...lines,
    ];
    return { report: { status: 'failed', log: log.join('\n') }, files: null, result: null, handEdited: true };
  }
  const live = result.status === 'live';
  return {
    report: { status: live ? 'live' : 'failed', log: describe(result) },
    files: live ? publication.files.map(({ path, sha256 }) => ({ path, sha256 })) : null,
    result,
    handEdited: false,
  };
}

/** One line per step, then the failure and rollback: what an admin reads in the publication's log. */
function describe(result: ApplyResult): string {
  // The API takes the first line as the failure's message: lead with what went wrong.
  const headline =
    result.failure === null ? [] : [`${result.failure.step} failed: ${result.failure.message}`];
  const lines = [...headline, `revision ${result.revision}: ${result.status}`];
  if (result.recovery.action !== 'none')
    lines.push(
      `recovered an interrupted apply of revision ${result.recovery.revision}: ${result.recovery.action}`,
    );
  for (const s of result.steps)
    lines.push(`${s.name} ${s.ok ? 'ok' : 'FAILED'} ${s.ms}ms${s.detail ? ` ${s.detail}` : ''}`);
  if (result.changedPaths.length > 0) lines.push(`changed: ${result.changedPaths.join(' ')}`);
  if (result.deletedPaths.length > 0) lines.push(`deleted: ${result.deletedPaths.join(' ')}`);
  if (result.overriddenDrift.length > 0)
    lines.push(`overwrote hand edits: ${result.overriddenDrift.map((f) => f.target).join(' ')}`);
  if (result.failure !== null) {
    const { output, attribution } = result.failure;
    if (attribution?.line) lines.push(`at line ${attribution.line.line}: ${attribution.line.text}`);
    if (output.trim() !== '') lines.push(output.trim());
  }
  if (result.rollback !== null) {
    lines.push(
      `rolled back ${result.rollback.restoredPaths.length} files; ${result.rollback.ok ? 'ok' : 'rollback reload FAILED'}`,
    );
  }
  const log = lines.join('\n');
  return log.length > MAX_LOG ? `${log.slice(0, MAX_LOG)}\n… (truncated)` : log;
}
