/** One line of the include file. */
export interface ConfigLine {
  line: number;
  text: string;
}

/** Where in the generated include file Apache's complaint points, so the caller can blame a vhost or group. */
export interface ConfigErrorAttribution {
  /** Apache's message (the line after "Syntax error on line N of FILE:", or the AH00543-style line). */
  message: string;
  /** The offending line; null when Apache blamed a file other than the include. */
  line: ConfigLine | null;
  /** Open containers around it, outermost first (<VirtualHost>, <Directory>, …). */
  enclosing: ConfigLine[];
  /** ServerName of the enclosing <VirtualHost>, when there is one. */
  serverName: string | null;
  /** Name of the WSGIDaemonProcess defined on the offending line, when it is one. */
  daemonGroup: string | null;
  /** The file Apache named (the include when line is set). */
  file: string | null;
}

const SYNTAX_ERROR = /AH00526: Syntax error on line (\d+) of (.+?):\r?\n(.*)/;
const BAD_ACCOUNT = /AH0054[34]: \S+: bad (user|group) name (\S+)/;

/**
 * Maps `apache2 -t` output to the include file's text. Pure: `includePath` is the path Apache was given
 * for the include (the staged copy), `includeText` its content.
 */
export function attributeConfigError(
  output: string,
  includePath: string,
  includeText: string,
): ConfigErrorAttribution | null {
  const lines = includeText.split('\n');
  const syntax = SYNTAX_ERROR.exec(output);
  if (syntax !== null) {
    const [, lineNo, file = '', message = ''] = syntax;
    if (file !== includePath) return blank(message.trim(), file);
    return around(lines, Number(lineNo), message.trim(), file);
  }
  const account = BAD_ACCOUNT.exec(output);
  if (account !== null) {
    const [message, option = '', name = ''] = account;
    // mod_wsgi resolves user=/group= after parsing, so Apache gives no line: find the group that asked for it.
    const wanted = `${option}=${name}`;
    const index = lines.findIndex(
      (text) => isDirective(text, 'WSGIDaemonProcess') && words(text).includes(wanted),
    );
    if (index < 0) return blank(message, null);
    return around(lines, index + 1, message, includePath);
  }
  return null;
}

function around(
  lines: readonly string[],
  lineNo: number,
  message: string,
  file: string,
): ConfigErrorAttribution {
  const text = lines[lineNo - 1];
  if (text === undefined) return blank(message, file);
  const enclosing: ConfigLine[] = [];
  let serverName: string | null = null;
  for (let i = 0; i < lineNo - 1; i += 1) {
    const current = (lines[i] ?? '').trim();
    if (/^<\//.test(current)) {
      enclosing.pop();
    } else if (/^<[A-Za-z]/.test(current)) {
      enclosing.push({ line: i + 1, text: lines[i] ?? '' });
    }
  }
  const vhostIndex = enclosing.findIndex((c) => /^\s*<VirtualHost[\s>]/i.test(c.text));
  const vhost = enclosing[vhostIndex];
  if (vhost !== undefined) {
    // ServerName may come after the bad line; search the whole vhost block.
    for (let i = vhost.line; i < lines.length && !/^\s*<\/VirtualHost>/i.test(lines[i] ?? ''); i += 1) {
      if (isDirective(lines[i] ?? '', 'ServerName')) {
        serverName = words(lines[i] ?? '')[1] ?? null;
        break;
      }
    }
  }
  const daemonGroup = isDirective(text, 'WSGIDaemonProcess') ? (words(text)[1] ?? null) : null;
  return { message, line: { line: lineNo, text }, enclosing, serverName, daemonGroup, file };
}

function blank(message: string, file: string | null): ConfigErrorAttribution {
  return { message, line: null, enclosing: [], serverName: null, daemonGroup: null, file };
}

function words(text: string): string[] {
  return text.trim().split(/\s+/);
}

function isDirective(text: string, name: string): boolean {
  return words(text)[0]?.toLowerCase() === name.toLowerCase();
}
