import { AppError } from '../platform/errors/app-error.js';

/** A strong ETag from the directory's htaccess_revision, which every successful write bumps. */
export function htaccessEtag(revision: number): string {
  return `"htaccess-${revision}"`;
}

/**
 * RFC 9110 If-Match: absent → no precondition; `*` → any current representation; otherwise one of the
 * listed strong tags must equal the current one (weak tags never match under If-Match).
 */
export function assertIfMatch(ifMatch: string | undefined, revision: number): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const current = htaccessEtag(revision);
  const tags = ifMatch.split(',').map((tag) => tag.trim());
  if (tags.includes(current)) return;
  throw new AppError(
    'PRECONDITION_FAILED',
    `The .htaccess changed since it was read (current ETag ${current}); GET it again and reapply your edit`,
    { extensions: { currentEtag: current } },
  );
}

/**
 * The htaccess_revision an If-Match asks for, for the group-commit path: null = no precondition (absent or
 * `*`); undefined = anything else than exactly one of our strong tags (the exact path then answers it).
 */
export function ifMatchRevision(ifMatch: string | undefined): number | null | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return null;
  const match = /^"htaccess-(\d{1,9})"$/.exec(ifMatch.trim());
  return match === null ? undefined : Number(match[1]);
}
