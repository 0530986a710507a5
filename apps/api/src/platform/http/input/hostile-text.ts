/** Where a refused value was found, and why: enough for a client to fix its request. */
export interface HostileField {
  readonly in: 'path' | 'query' | 'body';
  /** JSON Pointer into the body or the query (`/name`), or `/<n>` for the n-th path segment. */
  readonly pointer: string;
  readonly code: 'CONTROL_CHARACTER' | 'RESERVED_NAME';
  readonly reason: string;
}

/**
 * C0 controls (U+0000-U+001F) and DEL. NUL is refused by PostgreSQL in text (a 500 before this existed);
 * the others make no sense in an id, a name or a filter and only serve to forge log lines or terminals.
 * Free text (an .htaccess file, a JSON string) may keep tab, line feed and carriage return.
 * A loop rather than a regular expression of control characters, which the linter rightly distrusts.
 */
export function firstControlCharacter(text: string, allowLineBreaks: boolean): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x1f && code !== 0x7f) continue;
    if (allowLineBreaks && (code === 0x09 || code === 0x0a || code === 0x0d)) continue;
    return text.charAt(i);
  }
  return undefined;
}

/**
 * `__proto__` cannot be stored as data: JSON.parse makes it an own key, but the first spread or assignment
 * turns it into the object's prototype, and zod's records drop it silently. Other names that look like
 * Object.prototype members (`constructor`, `toString`) are ordinary data, or an unknown field where a schema
 * lists the fields.
 */
const PROTOTYPE_KEY = '__proto__';

export function hostilePathSegment(segments: readonly string[]): HostileField | undefined {
  for (const [index, segment] of segments.entries()) {
    const found = firstControlCharacter(segment, false);
    if (found) return { in: 'path', pointer: `/${index}`, ...control(found) };
  }
  return undefined;
}

/** Query values are ids and filters: no control character at all, in names or values. */
export function hostileQueryValue(query: unknown): HostileField | undefined {
  return walk(query, [], 'query', false);
}

export function hostileBodyValue(body: unknown): HostileField | undefined {
  if (typeof body === 'string') {
    const found = firstControlCharacter(body, true);
    return found ? { in: 'body', pointer: '', ...control(found) } : undefined;
  }
  return walk(body, [], 'body', true);
}

/** Depth-first over JSON values; iterative so a deeply nested body cannot overflow the stack. */
function walk(
  root: unknown,
  rootPath: string[],
  where: HostileField['in'],
  allowLineBreaks: boolean,
): HostileField | undefined {
  const stack: [unknown, string[]][] = [[root, rootPath]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string[]];
    if (typeof value === 'string') {
      const found = firstControlCharacter(value, allowLineBreaks);
      if (found) return { in: where, pointer: toPointer(path), ...control(found) };
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push([item, [...path, String(index)]]));
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        const keyPath = [...path, key];
        if (key === PROTOTYPE_KEY) {
          return {
            in: where,
            pointer: toPointer(keyPath),
            code: 'RESERVED_NAME',
            reason: 'is named __proto__, which cannot be stored as data',
          };
        }
        const found = firstControlCharacter(key, false);
        if (found) {
          const { code, reason } = control(found);
          return { in: where, pointer: toPointer(keyPath), code, reason: `has a name that ${reason}` };
        }
        stack.push([(value as Record<string, unknown>)[key], keyPath]);
      }
    }
  }
  return undefined;
}

function control(char: string): Pick<HostileField, 'code' | 'reason'> {
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return { code: 'CONTROL_CHARACTER', reason: `contains the control character U+${hex}` };
}

function toPointer(path: readonly string[]): string {
  return path.map((s) => `/${s.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
