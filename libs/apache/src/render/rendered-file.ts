import { hash } from 'node:crypto';

/** One generated file. `path` is relative to the server's config tree ("httpd/…") or absolute (.htaccess). */
export interface RenderedFile {
  path: string;
  content: string;
  /** Lowercase hex SHA-256 of the UTF-8 content. */
  sha256: string;
}

/** One-shot crypto.hash (UTF-8 for strings): the same digest as createHash, without a Hash object per file. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

export function renderedFile(path: string, content: string): RenderedFile {
  return { path, content, sha256: sha256Hex(content) };
}

/**
 * Digest of a whole file set: SHA-256 over the lines `path NUL sha256 LF`, sorted by path (code-unit order),
 * so it does not depend on the order the files were produced in.
 */
export function renderDigest(files: readonly RenderedFile[]): string {
  const lines = files.map((f) => `${f.path}\0${f.sha256}\n`).sort(compareText);
  return sha256Hex(lines.join(''));
}

/** Locale-independent ordering: code-unit comparison, never localeCompare (which varies with ICU/locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
