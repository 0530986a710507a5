/**
 * The ETag of a resolve answer. A validator is scoped to its URL (server id and query included), and the
 * answer for one URL is a function of the server's model_revision and of whose view it is: an admin's
 * answer names every scope's groups, a tenant's is redacted for him. So the revision and the view identify
 * it, with no need to hash the serialised body as Express's automatic ETag does on every response (and a
 * tenant revalidating an admin's cached answer in the same browser gets the whole tenant answer, never a
 * 304 onto the admin's body). Weak, because equal tags promise the same answer, not the same bytes.
 */
export function resolveEtag(revision: number, tenantId: string | null): string {
  return tenantId === null
    ? `W/"model-${revision}"`
    : `W/"model-${revision}-tenant-${encodeURIComponent(tenantId)}"`;
}
