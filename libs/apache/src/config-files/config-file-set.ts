import { posix } from 'node:path';

/**
 * The web server's files as the client uploaded them: absolute path → content. Directories exist implicitly, as the
 * prefixes of the paths. Lookups mirror what Apache's Include does on a disk (ap_process_fnmatch_configs).
 */
export class ConfigFileSet {
  private readonly files: ReadonlyMap<string, string>;
  private readonly sortedPaths: readonly string[];

  constructor(files: Iterable<readonly [string, string]>) {
    const map = new Map<string, string>();
    for (const [path, content] of files) map.set(posix.normalize(path), content);
    this.files = map;
    this.sortedPaths = [...map.keys()].sort(compareBytes);
  }

  read(path: string): string | undefined {
    return this.files.get(posix.normalize(path));
  }

  isDirectory(path: string): boolean {
    const prefix = withSlash(posix.normalize(path));
    return this.sortedPaths.some((p) => p.startsWith(prefix));
  }

  /** Every file under a directory, recursively, in Apache's order (alphabetical per level, so: byte order). */
  filesUnder(directory: string): string[] {
    const prefix = withSlash(posix.normalize(directory));
    return this.sortedPaths.filter((p) => p.startsWith(prefix));
  }

  /**
   * The paths an Include pattern names: a wildcard may stand in any component (fnmatch, `*`/`?`/`[…]`, a leading
   * `.` matched only explicitly); a match that is a directory stands for every file under it. Alphabetical.
   */
  expand(pattern: string): string[] {
    const segments = posix.normalize(pattern).split('/').filter(Boolean);
    let candidates = ['/'];
    for (const [index, segment] of segments.entries()) {
      const last = index === segments.length - 1;
      const next: string[] = [];
      for (const base of candidates) {
        for (const child of this.childrenOf(base)) {
          if (!fnmatch(segment, child.name)) continue;
          if (last || child.directory) next.push(posix.join(base, child.name));
        }
      }
      candidates = next.sort(compareBytes);
    }
    return candidates.flatMap((path) => (this.files.has(path) ? [path] : this.filesUnder(path)));
  }

  private childrenOf(directory: string): { name: string; directory: boolean }[] {
    const prefix = withSlash(directory);
    const children = new Map<string, boolean>();
    for (const path of this.sortedPaths) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash === -1 ? rest : rest.slice(0, slash);
      children.set(name, (children.get(name) ?? false) || slash !== -1);
    }
    return [...children].map(([name, directory]) => ({ name, directory }));
  }
}

export function hasWildcard(path: string): boolean {
  return /[*?[]/.test(path);
}

/** apr_fnmatch with APR_FNM_PERIOD: `*` and `?` never match `/` nor a leading `.`. */
export function fnmatch(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  return globRegex(pattern).test(name);
}

const regexCache = new Map<string, RegExp>();
function globRegex(pattern: string): RegExp {
  let cached = regexCache.get(pattern);
  if (cached !== undefined) return cached;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) source += '\\[';
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < pattern.length) source += escapeRegex(pattern[++i] as string);
    else source += escapeRegex(c);
  }
  cached = new RegExp(`^${source}$`);
  regexCache.set(pattern, cached);
  return cached;
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
