import type { ApacheInstance } from './apache-instance.js';

/** Structural copy of libs/apache's RenderedFile: the harness does not depend on the engine. */
export interface FileToWrite {
  path: string;
  content: string;
}

/**
 * Writes render()'s output the way a publish would: `httpd/…` files into `configDir`, absolute paths
 * (.htaccess) where they say. Returns the absolute paths written, keyed by rendered path.
 */
export function writeRenderedFiles(
  apache: ApacheInstance,
  files: readonly FileToWrite[],
  configDir: string,
): Map<string, string> {
  const written = new Map<string, string>();
  for (const file of files) {
    const target = file.path.startsWith('httpd/')
      ? `${configDir}/${file.path.slice('httpd/'.length)}`
      : file.path;
    if (!target.startsWith(`${apache.root}/`)) {
      throw new Error(`refusing to write ${file.path} outside the oracle's temp root ${apache.root}`);
    }
    apache.writeFile(target, file.content);
    written.set(file.path, target);
  }
  return written;
}
