/**
 * `/^([a-z_][a-z0-9_.-]*)\//i.exec(`${path.slice(start)}/`)?.[1]` by character codes (a regex, a slice and a
 * concatenation per directory before): the path's component at `start` when it is a user name. Without the u flag,
 * `i` folds no character outside ASCII into it, so the classes are exactly these ASCII letters.
 */
export function homeUser(path: string, start: number): string | undefined {
  let end = start;
  while (end < path.length && path.charCodeAt(end) !== SLASH) {
    const c = path.charCodeAt(end) | 0x20;
    const letter = c >= 0x61 && c <= 0x7a;
    const ok =
      end === start
        ? letter || path.charCodeAt(end) === UNDERSCORE
        : letter || isNameCharacter(path.charCodeAt(end));
    if (!ok) return undefined;
    end++;
  }
  return end === start ? undefined : path.slice(start, end);
}

/** Digits, `_`, `.` and `-`: the characters besides letters a user name may hold after its first. */
function isNameCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === UNDERSCORE || code === 0x2e || code === 0x2d;
}

const SLASH = 0x2f;
const UNDERSCORE = 0x5f;
