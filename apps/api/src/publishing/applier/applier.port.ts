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
  /** model.pythonVersion: the preflight refuses virtualenvs of another Python X.Y (issue 10). */
  pythonVersion?: string;
}

export interface ApplyFailureReport {
  step: 'stage' | 'preflight' | 'configtest' | 'swap' | 'reload' | 'probe';
  message: string;
  output: string;
  /** Configtest: where Apache's complaint points in the include file; preflight: the refused group's line. */
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

/** Thrown by apply when an .htaccess directory is (or became, mid-apply) a symlink: nothing written through it. */
export class UnsafeTenantDirectoryError extends Error {
  constructor(
    /** The rendered .htaccess path whose directory was refused (model path, no root prefix). */
    readonly renderedPath: string,
    /** The offending path component on disk. */
    readonly component: string,
    readonly reason: string,
  ) {
    super(`unsafe tenant directory for ${renderedPath}: ${component} (${reason})`);
    this.name = 'UnsafeTenantDirectoryError';
  }
}

/** Where a publication's files go (style.md habit 11): the local disk, or nowhere (agents pull). */
export interface Applier {
  readonly mode: 'none' | 'local';
  apply(request: ApplyRequest): Promise<ApplyReport>;
  /**
   * Finishes or undoes an apply that died (libs/deploy's journal) and says which manifest digest the disk
   * holds per its on-disk record (null: nothing vouches). null when this process cannot see the disk.
   */
  recover(serverId: string, configDir: string): Promise<{ diskDigest: string | null } | null>;
  /** null when this process cannot see the web server's disk. */
  drift(
    serverId: string,
    configDir: string,
    liveFiles: readonly DeployedFile[],
  ): Promise<DriftFinding[] | null>;
}

export const APPLIER = Symbol('Applier');
