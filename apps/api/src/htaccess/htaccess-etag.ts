import { AppError } from '../platform/errors/app-error.js';

/** A strong ETag from the directory's htaccess_revision, which every successful write bumps. */
export function htaccessEtag(revision: number): string {
  return `"htaccess-${revision}"`;
}

const STRONG_TAG = /^"htaccess-(0|[1-9]\d{0,9})"$/;
/** htaccess_revision is an int4: a larger number can never be current (and must not reach the SQL cast). */
const MAX_REVISION = 2 ** 31 - 1;

/**
 * RFC 9110 If-Match as the htaccess_revisions it accepts: null = any (absent or `*`); otherwise the revisions
 * of the strong tags of ours it lists — weak tags and anything else never match, so the list may be empty.
 */
export function acceptedRevisions(ifMatch: string | undefined): number[] | null {
  if (ifMatch === undefined || ifMatch.trim() === '*') return null;
  const revisions: number[] = [];
  for (const tag of ifMatch.split(',')) {
    const match = STRONG_TAG.exec(tag.trim());
    const revision = match === null ? NaN : Number(match[1]);
    if (revision <= MAX_REVISION) revisions.push(revision);
  }
  return revisions;
}

/** 412 unless the If-Match accepts the directory's current revision. */
export function assertIfMatch(accepted: readonly number[] | null, current: number): void {
  if (accepted !== null && !accepted.includes(current)) throw preconditionFailed(current);
}

export function preconditionFailed(current: number): AppError {
  const etag = htaccessEtag(current);
  return new AppError(
    'PRECONDITION_FAILED',
    `The .htaccess changed since it was read (current ETag ${etag}); GET it again and reapply your edit`,
    { extensions: { currentEtag: etag } },
  );
}
