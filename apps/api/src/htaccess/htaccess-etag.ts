import { AppError } from '../platform/errors/app-error.js';

/**
 * A strong ETag from the directory's htaccess_revision, which every successful write bumps. The JSON document and the
 * text file are two representations, so they carry two tags (RFC 9110: a strong tag names one representation); either
 * one satisfies If-Match, since both name the same revision.
 */
export function htaccessEtag(revision: number, form: 'json' | 'text' = 'json'): string {
  return form === 'json' ? `"htaccess-${revision}"` : `"htaccess-${revision}-text"`;
}

const STRONG_TAG = /^"htaccess-(0|[1-9]\d{0,9})(?:-text)?"$/;
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
