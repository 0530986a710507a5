import { posix } from 'node:path';
import { STAYS, type UnmanagedLine } from '#apache';

/**
 * What stays of the server's own files once Hostplane manages what it adopted: each config file keeps only the lines
 * the import says stay (in their order), the adopted lines leave (Hostplane's include renders them). .htaccess files
 * are Hostplane's when their directory was adopted, so they are not part of the residue.
 */
export function residualConfig(
  files: readonly { path: string; content: string }[],
  unmanaged: readonly UnmanagedLine[],
): { path: string; content: string }[] {
  return files
    .filter((f) => posix.basename(f.path) !== '.htaccess')
    .map((f) => ({
      path: f.path,
      content: unmanaged
        .filter((u) => u.file === f.path && u.reason.startsWith(STAYS))
        .sort((a, b) => a.line - b.line)
        .map((u) => `${u.text}\n`)
        .join(''),
    }));
}
