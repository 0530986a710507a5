import { posix } from 'node:path';

/**
 * posix.normalize(path), without calling it for a path it would return unchanged (absolute, no empty, `.` or `..`
 * segment, no trailing slash): the import looks at 20k uploaded paths several times.
 */
export function normalized(path: string): string {
  return path.startsWith('/') && !ABNORMAL_PATH.test(path) ? path : posix.normalize(path);
}

const ABNORMAL_PATH = /\/\/|\/\.\.?(\/|$)|.\/$/;
