/**
 * The .htaccess file Apache reads for a `<Directory>` path. Paths that differ only by trailing, repeated
 * or `.` segments (/x, /x/, /x//., ...) name one directory on disk and therefore one file.
 */
export function htaccessFileOf(directoryPath: string): string {
  if (isNormalPath(directoryPath)) return `${directoryPath}/.htaccess`;
  return `${normalDirectory(directoryPath)}.htaccess`;
}

/**
 * The directory htaccessFileOf puts the file in, with a trailing slash ("/a/b/" for /a/b, /a/b/, /a//b/.):
 * htaccessFileOf(path) is exactly htaccessDirectoryOf(path) + ".htaccess", built as one string.
 */
export function htaccessDirectoryOf(directoryPath: string): string {
  if (isNormalPath(directoryPath)) return `${directoryPath}/`;
  return normalDirectory(directoryPath);
}

/** "/" and each remaining segment followed by "/", after dropping empty and `.` segments and applying `..`. */
function normalDirectory(directoryPath: string): string {
  const segments: string[] = [];
  for (const part of directoryPath.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') segments.pop();
    else segments.push(part);
  }
  return `/${segments.map((s) => `${s}/`).join('')}`;
}

/** `/a/b` with no empty, `.` or `..` segment and no trailing slash: already its own normal form. */
function isNormalPath(path: string): boolean {
  const n = path.length;
  if (n < 2 || path.charCodeAt(0) !== 0x2f || path.charCodeAt(n - 1) === 0x2f) return false;
  let start = 1;
  for (let i = 1; i <= n; i++) {
    if (i < n && path.charCodeAt(i) !== 0x2f) continue;
    const length = i - start;
    if (length === 0) return false;
    if (
      path.charCodeAt(start) === 0x2e &&
      (length === 1 || (length === 2 && path.charCodeAt(start + 1) === 0x2e))
    )
      return false;
    start = i + 1;
  }
  return true;
}
