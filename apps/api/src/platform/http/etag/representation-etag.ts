import { createHash } from 'node:crypto';
import { AppError } from '../../errors/app-error.js';

/**
 * A strong ETag of one object's JSON representation: the same object answers the same tag on every replica, and any
 * change to what a client sees changes it. What GET sends and what If-Match is compared with on PATCH/DELETE.
 */
export function representationEtag(body: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
}

/** RFC 9110 If-None-Match: a weak comparison, `*` matching anything. */
export function ifNoneMatchHolds(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/**
 * RFC 9110 If-Match on a write: absent or `*` always holds (the object exists, or the caller got a 404 first); otherwise
 * one listed strong tag must be the current representation's. Called under the write's lock, so the object cannot
 * change between the comparison and the write.
 */
export function assertIfMatch(ifMatch: string | undefined, current: unknown): void {
  if (ifMatch === undefined) return;
  const tags = ifMatch.split(',').map((t) => t.trim());
  if (tags.includes('*')) return;
  const etag = representationEtag(current);
  if (!tags.includes(etag)) {
    throw new AppError(
      'PRECONDITION_FAILED',
      'The object changed since you read it (If-Match); read it again.',
      {
        extensions: { currentEtag: etag },
      },
    );
  }
}
