import type { Directory, ServerModel } from '../model/server-model.js';
import { jsonEqual } from './json-equal.js';

/** A directory of `after` whose rules (and nothing else) differ from the one at the same position of `before`. */
export interface ChangedRules {
  readonly position: number;
  readonly directory: Directory;
}

/**
 * Where `after` differs from `before` in JSON terms (jsonEqual) only by some directories' .htaccess rules, object for
 * object at the same positions: those directories; null when anything else differs (a field, an object, the order).
 * Unlike render's rulesOnlyChange this proves it by content, not object identity: the model a PUT reads from its
 * document shares no object with any earlier one.
 */
export function rulesOnlyDifference(before: ServerModel, after: ServerModel): ChangedRules[] | null {
  const a = before as unknown as Readonly<Record<string, unknown>>;
  const b = after as unknown as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(a)) if (key !== 'directories' && !jsonEqual(a[key], b[key])) return null;
  for (const key of Object.keys(b))
    if (key !== 'directories' && !(key in a) && !jsonEqual(a[key], b[key])) return null;
  if (before.directories.length !== after.directories.length) return null;
  const changed: ChangedRules[] = [];
  for (let i = 0; i < after.directories.length; i++) {
    const was = before.directories[i]!;
    const now = after.directories[i]!;
    if (jsonEqual(was, now)) continue;
    if (!sameButRules(was, now)) return null;
    changed.push({ position: i, directory: now });
  }
  return changed;
}

function sameButRules(before: Directory, after: Directory): boolean {
  const a = before as unknown as Readonly<Record<string, unknown>>;
  const b = after as unknown as Readonly<Record<string, unknown>>;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  // Same members in the same order (what jsonEqual asks of the whole object), rules aside.
  if (keys.length !== others.length) return false;
  return keys.every((key, i) => key === others[i] && (key === 'rules' || jsonEqual(a[key], b[key])));
}
