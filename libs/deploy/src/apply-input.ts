import type { CommandTemplate } from './command-template.js';
import type { DeployedFile, DeployFile } from './deploy-file.js';
import type { DeployPorts } from './ports/deploy-ports.js';
import type { ProbeSpec } from './probe.js';
import type { DeployLogger } from './step-log.js';
import type { DeployTarget } from './target-path.js';

/** Where a fault-injection hook fires; `index` counts staged files or swapped entries (1-based). */
export interface FaultPoint {
  at:
    | 'journaled-staging'
    | 'staged'
    | 'configtested'
    | 'journaled-swapping'
    | 'swapped'
    | 'before-reload'
    | 'reloaded'
    | 'committing';
  index?: number;
}

export interface ApplyInput {
  revision: string | number;
  files: readonly DeployFile[];
  /** What the live revision wrote ([] on a first publish). */
  previousFiles: readonly DeployedFile[];
  target: DeployTarget;
  journalDir: string;
  configtest?: CommandTemplate;
  reload?: CommandTemplate;
  probe?: ProbeSpec;
  /**
   * manifestDigest() of files / previousFiles when the caller already has them (a publication's digest is the
   * same formula): saves hashing a 20,000-entry manifest twice per apply. A wrong value can only make the disk
   * record disagree, which costs a full read next time, never a skipped check.
   */
  digests?: { files?: string; previousFiles?: string };
  /** Builds a dbm map: {source} (text) → {output}; default DEFAULT_MAP_BUILD (httxt2dbm -f DB). */
  mapBuild?: CommandTemplate;
  /** X.Y of the Python mod_wsgi embeds: the preflight refuses virtualenvs built for another (issue 10). */
  pythonVersion?: string;
  /** Overwrite hand-edited files instead of refusing with DriftError. */
  force?: boolean;
  ports?: Partial<DeployPorts>;
  logger?: DeployLogger;
  /** Test seam: called at each durable point (crash tests SIGKILL themselves here). */
  faultInjection?: (point: FaultPoint) => void;
}
