import { randomBytes } from 'node:crypto';
import { posix } from 'node:path';

/** Kinds of scratch files the publisher leaves next to a target while it works. */
export type ScratchKind = 'new' | 'bak' | 'check';

/** `.<name>.hp-<token>.<kind>`: hidden, recognisable, and in the target's own directory so rename is atomic. */
export const SCRATCH_NAME = /^\..+\.hp-[A-Za-z0-9_-]+\.(new|bak|check)$/;

export function scratchToken(revision: string): string {
  const safe = revision.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40);
  return `${safe}-${randomBytes(4).toString('hex')}`;
}

export function scratchPathFor(target: string, token: string, kind: ScratchKind): string {
  return posix.join(posix.dirname(target), `.${posix.basename(target)}.hp-${token}.${kind}`);
}
