import type { EnvEntry } from './environment.js';

/** What the %{…} forms of mod_wsgi need to know about the request (W4 wsgi_process_group). */
export interface ExpansionContext {
  /** r->server->server_hostname: the chosen vhost's ServerName, case kept. */
  serverHostname: string;
  /** r->hostname: the Host header's name, lower-cased ("" when absent). */
  requestHostname: string;
  /** ap_get_server_port(r): Host header port, else the ServerName port, else 80. */
  port: number;
  /** SCRIPT_NAME as wsgi_script_name computes it (lower-cased in 4.9). */
  scriptName: string;
  lookup: (name: string) => EnvEntry | undefined;
}

export interface Expansion {
  value: string;
  /** Human-readable steps: "%{ENV:PROCESS_GROUP} → 'bob:2' (…)". */
  steps: string[];
}

function withPort(host: string, port: number): string {
  return port === 80 || port === 443 ? host : `${host}:${port}`;
}

/**
 * W4 wsgi_process_group / wsgi_application_group (identical rules): a value not starting with `%` is
 * literal; %{GLOBAL} → ""; %{SERVER}, %{HOST}, %{RESOURCE} from the request; %{ENV:NAME} from notes,
 * subprocess_env, getenv() — a found value starting with `%` but not `%{ENV:` is expanded once more;
 * a variable found nowhere leaves the literal text `%{ENV:NAME}`; any other `%…` is literal.
 */
export function expandGroupValue(raw: string, ctx: ExpansionContext, steps: string[] = []): Expansion {
  if (!raw.startsWith('%') || raw.length === 1) {
    steps.push(`'${raw}' is used literally`);
    return { value: raw, steps };
  }
  const name = raw.slice(1);
  const value = fixedForm(name, ctx);
  if (value !== null) {
    steps.push(`${raw} → '${value}'`);
    return { value, steps };
  }
  if (name.startsWith('{ENV:') && name.length > 5 && name.endsWith('}')) {
    const variable = name.slice(5, -1);
    const found = ctx.lookup(variable);
    if (found !== undefined) {
      steps.push(`${raw} → '${found.value}' (${found.name} from ${found.source})`);
      if (found.value.startsWith('%') && !found.value.startsWith('%{ENV:')) {
        return expandGroupValue(found.value, ctx, steps);
      }
      return { value: found.value, steps };
    }
    steps.push(
      `${raw}: ${variable} is set nowhere (no SetEnv, no RewriteRule, not in getenv()), so the literal text is the name`,
    );
    return { value: raw, steps };
  }
  steps.push(`'${raw}' is not a form mod_wsgi expands, so it is used literally`);
  return { value: raw, steps };
}

function fixedForm(name: string, ctx: ExpansionContext): string | null {
  switch (name) {
    case '{GLOBAL}':
      return '';
    case '{SERVER}':
      return withPort(ctx.serverHostname, ctx.port);
    case '{HOST}':
      return withPort(ctx.requestHostname || ctx.serverHostname, ctx.port);
    case '{RESOURCE}':
      return `${withPort(ctx.serverHostname, ctx.port)}|${ctx.scriptName}`;
    default:
      return null;
  }
}

/** The default application group (%{RESOURCE}) when WSGIApplicationGroup is not emitted. */
export function defaultApplicationGroup(ctx: ExpansionContext): Expansion {
  return expandGroupValue('%{RESOURCE}', ctx, ['WSGIApplicationGroup not set: mod_wsgi uses %{RESOURCE}']);
}
