import { createHash } from 'node:crypto';

/** One file of a revision as the engine renders it (structurally libs/apache's RenderedFile). */
export interface DeployFile {
  /** "httpd/…" (under the server's configDir) or an absolute path (.htaccess). */
  path: string;
  content: string;
  /** Lowercase hex SHA-256 of the UTF-8 content. */
  sha256: string;
}

/** What a live revision wrote: enough to notice hand edits and to know what to delete. */
export interface DeployedFile {
  path: string;
  sha256: string;
}

export function sha256Of(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
