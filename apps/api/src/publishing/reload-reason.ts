import { fileKind, needsReload } from '#deploy';

/** A rendered file with its text, on one side of a change. */
export interface TextFile {
  path: string;
  content: string;
}

const MOUNT_DIRECTIVE = /^(WSGIScriptAlias|WSGIScriptAliasMatch)$/;
const SHOWN = 3;

/**
 * Why a change from one revision to another needs a graceful reload, or why it does not, in words for the
 * publication (issue 10: "a mount change needs a graceful reload: the publication says so"). `changedPaths`
 * are every path that differs; `before` / `after` hold the texts of the ones Apache reads only at (re)start
 * (needsReload), absent on the side where the file does not exist. null when nothing changed.
 */
export function reloadReason(
  changedPaths: readonly string[],
  before: readonly TextFile[],
  after: readonly TextFile[],
): string | null {
  if (changedPaths.length === 0) return null;
  const startup = changedPaths.filter(needsReload);
  if (startup.length === 0) return noReloadReason(changedPaths);
  const old = new Map(before.map((f) => [f.path, f.content]));
  const next = new Map(after.map((f) => [f.path, f.content]));
  const mounts: string[] = [];
  const parts: string[] = [];
  for (const path of [...startup].sort()) {
    const a = old.get(path);
    const b = next.get(path);
    if (a === undefined || b === undefined) {
      parts.push(
        `${path} ${a === undefined ? 'is new' : 'was removed'}, and Apache reads it only when it starts or reloads`,
      );
      continue;
    }
    const { mountUrls, directives } = changedDirectives(a, b);
    mounts.push(...mountUrls.filter((u) => !mounts.includes(u)));
    // A file whose only changes are mounts is said once, by the mount part.
    if (directives.length > 0 || mountUrls.length === 0) {
      const what =
        directives.length > 0
          ? shown(directives)
          : 'the order of its lines, or comments and blank lines only';
      parts.push(`${path} changed (${what}), and Apache reads it only when it starts or reloads`);
    }
  }
  if (mounts.length > 0) {
    parts.unshift(
      `${mounts.length === 1 ? 'a WSGI mount' : `${mounts.length} WSGI mounts`} changed (WSGIScriptAlias ${shown(mounts)}), and Apache rereads WSGIScriptAlias only on a graceful reload`,
    );
  }
  return `A graceful reload is needed: ${parts.join('; ')}.`;
}

function noReloadReason(changedPaths: readonly string[]): string {
  const kinds = new Set(changedPaths.map(fileKind));
  if (!kinds.has('map'))
    return 'No reload is needed: only .htaccess files changed, and Apache reads them on every request.';
  if (!kinds.has('htaccess'))
    return 'No reload is needed: only RewriteMap files changed, and mod_rewrite re-reads a map file when it changes.';
  return 'No reload is needed: only .htaccess files (read on every request) and RewriteMap files (re-read when they change) changed.';
}

/**
 * The directives of the lines one text has and the other lacks (a multiset difference, so moved lines count
 * as unchanged), with the URL of each WSGIScriptAlias line apart.
 */
function changedDirectives(before: string, after: string): { mountUrls: string[]; directives: string[] } {
  const count = new Map<string, number>();
  for (const line of before.split('\n')) count.set(line, (count.get(line) ?? 0) + 1);
  const differing: string[] = [];
  for (const line of after.split('\n')) {
    const n = count.get(line) ?? 0;
    if (n > 0) count.set(line, n - 1);
    else differing.push(line);
  }
  for (const [line, n] of count) if (n > 0) differing.push(line);
  const mountUrls = new Set<string>();
  const directives = new Set<string>();
  for (const line of differing) {
    const words = line.trim().split(/\s+/);
    const first = words[0] ?? '';
    if (first === '' || first.startsWith('#')) continue;
    if (MOUNT_DIRECTIVE.test(first)) mountUrls.add(words[1] ?? '');
    else directives.add(first.startsWith('<') ? `${first.replace(/>$/, '').replace(/^<\/?/, '<')}>` : first);
  }
  return { mountUrls: [...mountUrls], directives: [...directives] };
}

function shown(items: readonly string[]): string {
  const head = items.slice(0, SHOWN).join(', ');
  return items.length > SHOWN ? `${head} and ${items.length - SHOWN} more` : head;
}
