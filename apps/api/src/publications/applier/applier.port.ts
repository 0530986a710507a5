import type { DeployedFile, DeployFile, DriftFinding } from '#deploy';

/** What the use case hands the applier: a revision and what the live revision wrote before it. */
export interface ApplyRequest {
  serverId: string;
  revision: number;
  /** model.configDir: where "httpd/…" files go on the web server. */
  configDir: string;
  files: readonly DeployFile[];
  previousFiles: readonly DeployedFile[];
  /** renderDigest of files / previousFiles (libs/deploy's manifestDigest is the same formula). */
  digests?: { files?: string; previousFiles?: string };
  force: boolean;
}

export interface ApplyFailureReport {
  step: 'stage' | 'configtest' | 'swap' | 'reload' | 'probe';
  message: string;
  output: string;
  /** Configtest only: where Apache's complaint points in the include file. */
  attribution: {
    message: string;
    line: { line: number; text: string } | null;
    enclosing: { line: number; text: string }[];
    serverName: string | null;
    daemonGroup: string | null;
  } | null;
}

export interface ApplyReport {
  /** pending: nothing was applied here (an agent will); the others as in libs/deploy. */
  status: 'pending' | 'live' | 'failed' | 'rolled_back';
  reloaded: boolean;
  changedPaths: string[];
  deletedPaths: string[];
  /** One line per step, for the publication's log. */
  log: string;
  failure: ApplyFailureReport | null;
}

/** Thrown by apply when files the live revision wrote were edited by hand (and force is off). */
export class HandEditedFilesError extends Error {
  constructor(readonly findings: readonly DriftFinding[]) {
    super(`hand-edited files: ${findings.map((f) => f.target).join(', ')}`);
    this.name = 'HandEditedFilesError';
  }
}

/** Where a publication's files go (style.md habit 11): the local disk, or nowhere (agents pull). */
export interface Applier {
  readonly mode: 'none' | 'local';
  apply(request: ApplyRequest): Promise<ApplyReport>;
  /** null when this process cannot see the web server's disk. */
  drift(
    serverId: string,
    configDir: string,
    liveFiles: readonly DeployedFile[],
  ): Promise<DriftFinding[] | null>;
}

export const APPLIER = Symbol('Applier');
