import { createHash, randomBytes } from 'node:crypto';
import { posix } from 'node:path';

/** Kinds of scratch files the publisher leaves while it works. */
export type ScratchKind = 'new' | 'bak' | 'check';

/**
 * `.<name>.hp-<token>.<kind>`: hidden and recognisable. Next to the target, or (for .htaccess) in the
 * root-owned stage directory as `.<hash of target><name>.hp-<token>.<kind>` so two targets never collide.
 */
export const SCRATCH_NAME = /^\..+\.hp-[A-Za-z0-9_-]+\.(new|bak|check)$/;

/** Under the journal directory: root-owned, so tenants can neither read ahead nor unlink scratch there. */
export const STAGE_DIR = 'stage';

export function scratchToken(revision: string): string {
  const safe = revision.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40);
  return `${safe}-${randomBytes(4).toString('hex')}`;
}

/** In `dir` when given (must be on the target's file system, so rename stays atomic), else beside the target. */
export function scratchPathFor(target: string, token: string, kind: ScratchKind, dir?: string): string {
  if (dir === undefined)
    return posix.join(posix.dirname(target), `.${posix.basename(target)}.hp-${token}.${kind}`);
  const tag = createHash('sha256').update(target).digest('hex').slice(0, 16);
  return posix.join(dir, `.${tag}${posix.basename(target)}.hp-${token}.${kind}`);
}
