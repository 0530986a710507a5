/**
 * A command as argv (never a shell string) with placeholders: {include} (the include file Apache should
 * read), {configDir}, {revision}. Example configtest for a Debian server whose site file says
 * `<IfDefine !HOSTPLANE_INCLUDE>Define HOSTPLANE_INCLUDE /etc/apache2/hostplane/hostplane.conf</IfDefine>`
 * + `Include ${HOSTPLANE_INCLUDE}`:
 * ['/usr/sbin/apache2', '-t', '-f', '/etc/apache2/apache2.conf', '-C', 'Define HOSTPLANE_INCLUDE {include}'].
 */
export interface CommandTemplate {
  argv: readonly string[];
  timeoutMs?: number;
  /** Extra environment; the base is PATH and LANG=C only, so Apache's messages are parseable. */
  env?: Record<string, string>;
}

export interface TemplateValues {
  include: string;
  configDir: string;
  revision: string;
}

export const DEFAULT_COMMAND_TIMEOUT_MS = 60_000;

/** Replaces only the known placeholders: Apache arguments may legitimately contain other braces (${VAR}). */
export function expandCommand(template: CommandTemplate, values: TemplateValues): string[] {
  return template.argv.map((arg) =>
    arg.replace(/\{(include|configDir|revision)\}/g, (_, key: keyof TemplateValues) => values[key]),
  );
}

export function commandEnv(template: CommandTemplate): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C', ...template.env };
}
