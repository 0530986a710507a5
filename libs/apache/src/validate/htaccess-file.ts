/**
 * The .htaccess file Apache reads for a `<Directory>` path. Paths that differ only by trailing, repeated
 * or `.` segments (/x, /x/, /x//., ...) name one directory on disk and therefore one file.
 */
export function htaccessFileOf(directoryPath: string): string {
  const segments: string[] = [];
  for (const part of directoryPath.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') segments.pop();
    else segments.push(part);
  }
  return `/${segments.map((s) => `${s}/`).join('')}.htaccess`;
}
