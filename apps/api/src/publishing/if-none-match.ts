/** Whether an If-None-Match header names `etag` (weak or strong) or is `*`: then the answer is 304. */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  const tags = (ifNoneMatch ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  return tags.includes(etag) || tags.includes('*');
}
