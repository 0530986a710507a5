/**
 * The ETag of a resolve answer. A validator is scoped to its URL (server id and query included), and the
 * answer for one URL is a function of the server's model_revision alone, so the revision identifies it:
 * no need to hash the serialised body as Express's automatic ETag does on every response. Weak, because
 * equal revisions promise the same answer, not the same bytes (JSON key order, future formatting).
 */
export function resolveEtag(revision: number): string {
  return `W/"model-${revision}"`;
}
