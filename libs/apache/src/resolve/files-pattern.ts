/** What a `<Files>`/`<FilesMatch>` block needs from its compiled form: a test against the base name. */
export interface FileNameMatcher {
  test(name: string): boolean;
}

const GLOB_SPECIALS = /[*?[\\]/;
/** Characters a RegExp source must escape (`/` too, so the source reads like a literal). */
const REGEX_SPECIALS = '.*+?^${}()|[]\\/';

/**
 * A `<Files>` matcher. Most names Hostplane writes are literal (the validator allows nothing else), and
 * for those fnmatch is plain string equality: no RegExp is built, which keeps createResolver cheap.
 */
export function filesMatcher(glob: string): FileNameMatcher {
  return GLOB_SPECIALS.test(glob) ? filesPattern(glob) : new LiteralName(glob);
}

class LiteralName implements FileNameMatcher {
  constructor(private readonly name: string) {}

  test(name: string): boolean {
    return name === this.name;
  }
}

/**
 * apr_fnmatch with APR_FNM_PATHNAME as `<Files name>` uses it against the file's base name:
 * `*` and `?` do not cross `/`, `[...]` is a class, `\` escapes, matching is case-sensitive.
 */
export function filesPattern(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '\\' && i + 1 < glob.length) out += escape(glob[++i] as string);
    else if (ch === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) out += '\\[';
      else {
        let body = glob.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        out += `[${negate ? '^' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
        i = end;
      }
    } else out += escape(ch);
  }
  return new RegExp(`^${out}$`, 's');
}

function escape(ch: string): string {
  return REGEX_SPECIALS.includes(ch) ? `\\${ch}` : ch;
}
