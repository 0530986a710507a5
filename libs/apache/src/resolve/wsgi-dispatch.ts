import { foldAscii } from './ascii-fold.js';
import { restrictListInForce, serverScopeProcessGroup } from '../wsgi/restrict-scope.js';
import { isGroupVisibleFrom } from '../wsgi/visibility.js';
import { serverNameHost } from '../syntax/name-patterns.js';
import { baseName, sectionName, type PreparedDirectory } from './directory-chain.js';
import { RequestEnvironment } from './environment.js';
import { defaultApplicationGroup, expandGroupValue, type ExpansionContext } from './expand-group.js';
import type { ParsedHost } from './host-header.js';
import { ruleSection, type CompiledRule } from './htaccess-rules.js';
import type { PreparedModel, PreparedVirtualHost } from './prepared-model.js';
import type { ResolveEnv, ResolveStatus } from './resolve-outcome.js';
import type { OutcomeState } from './resolve-request.js';
import { groupLabel, type Trace } from './trace.js';
import type { MountedRequest } from './wsgi-mount-mapping.js';

export interface ReadHtaccess {
  source: string;
  rules: CompiledRule[];
}

export interface DispatchInput {
  pm: PreparedModel;
  vh: PreparedVirtualHost;
  chain: readonly PreparedDirectory[];
  htaccess: readonly ReadHtaccess[];
  file: string;
  uri: string;
  host: ParsedHost;
  env: ResolveEnv;
  trace: Trace;
  state: OutcomeState;
  /** Set when a WSGIScriptAlias mapped the request: its process-group=/application-group= replace the directives. */
  mounted?: MountedRequest | null;
}

const MAP_NAME = 'hostplane_pgmap';

/**
 * From the handler phase on (W4 wsgi_hook_handler → wsgi_create_req_config → wsgi_execute_remote):
 * build subprocess_env, pick and expand WSGIProcessGroup and WSGIApplicationGroup, then run mod_wsgi's
 * checks in its own order: restriction list → embedded → name lookup → visibility.
 */
export function dispatchToWsgi(input: DispatchInput): { status: ResolveStatus; error?: string } {
  const { pm, vh, chain, trace, state } = input;
  const environment = buildEnvironment(input);

  const ctx: ExpansionContext = {
    serverHostname: vh.serverHostname,
    requestHostname: input.host.hostname,
    port: input.host.port ?? vh.serverNamePort ?? 80,
    scriptName: scriptNameOf(pm.model.modWsgiVersion, input.mounted?.scriptName ?? input.uri),
    lookup: (name) => environment.lookup(name),
  };

  const deepestGroup = lastWith(chain, (d) => d.processGroup !== null);
  const mountGroup = input.mounted?.mount.processGroup ?? null;
  // Per request: the per-dir value, else the server config's (the vhost's, else the main server's: spec §2.1).
  const outer = serverScopeProcessGroup(pm.model, vh.vhost);
  const configured = mountGroup ?? deepestGroup?.directory.processGroup ?? outer.value;
  const groupSource =
    mountGroup !== null
      ? `WSGIScriptAlias process-group=${mountGroup} (replaces WSGIProcessGroup, spec §2.4)`
      : deepestGroup !== undefined
        ? `${sectionName(deepestGroup.directory)} WSGIProcessGroup ${configured}`
        : outer.scope === 'virtual-host'
          ? `${vh.section} WSGIProcessGroup ${configured}`
          : outer.scope === 'server'
            ? `server-scope WSGIProcessGroup ${configured} (the vhost sets none)`
            : 'mod_wsgi default WSGIProcessGroup %{GLOBAL}';
  const expanded = expandGroupValue(configured ?? '%{GLOBAL}', ctx);
  const group = expanded.value;
  state.processGroup = group;
  trace.add('process-group', groupSource, `${expanded.steps.join('; ')} ⇒ ${groupLabel(group)}`);

  const mountApp = input.mounted?.mount.applicationGroup ?? null;
  const appValue = mountApp ?? vh.vhost.applicationGroup;
  const app = appValue === null ? defaultApplicationGroup(ctx) : expandGroupValue(appValue, ctx);
  state.applicationGroup = app.value;
  trace.add(
    'application-group',
    mountApp !== null
      ? `WSGIScriptAlias application-group=${mountApp}`
      : vh.vhost.applicationGroup === null
        ? 'mod_wsgi default WSGIApplicationGroup %{RESOURCE}'
        : `${vh.section} WSGIApplicationGroup ${vh.vhost.applicationGroup}`,
    `${app.steps.join('; ')} ⇒ '${app.value}'` + (app.value === '' ? ' (the main interpreter)' : ''),
  );

  // The nearest list of directory → vhost → server; a nearer one replaces the outer ones (spec §3).
  const restricting = lastWith(chain, (d) => d.restrictProcess !== null);
  const inForce = restrictListInForce(pm.model, vh.vhost, restricting?.directory.restrictProcess ?? null);
  const list = inForce.list;
  const listed = `WSGIRestrictProcess ${[...(list ?? [])].sort().join(' ')}`.trimEnd();
  const listSource =
    inForce.scope === null
      ? 'no WSGIRestrictProcess'
      : inForce.scope === 'directory' && restricting !== undefined
        ? `${sectionName(restricting.directory)} ${listed}`
        : inForce.scope === 'virtual-host'
          ? `${vh.section} ${listed}`
          : `server-scope ${listed}`;
  const match = pm.restrictMatch(list, group);
  if (match === 'none') {
    const error = pm.messages.notAMember(group);
    trace.add(
      'restrict-list',
      listSource,
      `${groupLabel(group)} is not in the list${list?.length === 0 ? ' (an empty list denies everything)' : ''}: ${error} → 500`,
    );
    return { status: 500, error };
  }
  trace.add(
    'restrict-list',
    listSource,
    match === 'unrestricted'
      ? 'no restriction list applies to this directory'
      : match === 'exact'
        ? `${groupLabel(group)} is in ${listed}` +
          (inForce.scope === 'directory' ? '' : ` (inherited: no <Directory> around the script has a list)`)
        : `${group} is let through only because WSGIRestrictProcess compares case-insensitively (spec §3, §8)`,
  );

  if (group === '') {
    if (pm.model.restrictEmbedded) {
      const error = pm.messages.embeddedDisabled;
      trace.add('embedded', 'WSGIRestrictEmbedded On', `${error} → 500`);
      return { status: 500, error };
    }
    state.runsAs = { user: pm.model.apacheUser, group: pm.model.apacheGroup };
    trace.add(
      'embedded',
      'WSGIRestrictEmbedded Off',
      `embedded mode: the application runs inside the Apache worker as ${pm.model.apacheUser}:${pm.model.apacheGroup}`,
    );
    return { status: 200 };
  }

  const daemon = pm.daemonGroup(group);
  if (daemon === undefined) {
    // mod_wsgi has no daemon index at all when no WSGIDaemonProcess exists (6.x: WSGI0150, spec §2.6).
    const error =
      pm.model.daemonGroups.length === 0 ? pm.messages.noDaemonsAtAll(group) : pm.messages.noSuchGroup(group);
    trace.add(
      'daemon-lookup',
      'WSGIDaemonProcess',
      `no group is named exactly '${group}' (case-sensitive): ${error} → 500`,
    );
    return { status: 500, error };
  }
  const owner = daemon.virtualHostId === null ? null : (pm.vhostById.get(daemon.virtualHostId) ?? null);
  const definedAt =
    daemon.virtualHostId === null
      ? 'global scope'
      : `the vhost ${owner?.serverName ?? `${daemon.virtualHostId} (unknown)`}`;
  trace.add('daemon-lookup', `WSGIDaemonProcess ${daemon.name}`, `found, defined at ${definedAt}`);

  if (!isGroupVisibleFrom(daemon, vh.vhost, pm.vhostById)) {
    const error = pm.messages.notAccessible(group);
    trace.add(
      'visibility',
      `WSGIDaemonProcess ${daemon.name}`,
      `defined in ${definedAt}, whose ServerName differs from ${vh.vhost.serverName}: ${error} → 500`,
    );
    return { status: 500, error };
  }
  trace.add(
    'visibility',
    `WSGIDaemonProcess ${daemon.name}`,
    owner === null || daemon.virtualHostId === null
      ? 'global groups can be used from every vhost'
      : owner.id === vh.vhost.id
        ? 'defined in this vhost'
        : `defined in a vhost with the same ServerName host (${serverNameHost(owner.serverName)})`,
  );

  // Spec §1.5: a missing group= means the Apache Group, not the user's primary group.
  const runsAs = { user: daemon.user ?? pm.model.apacheUser, group: daemon.group ?? pm.model.apacheGroup };
  state.runsAs = runsAs;
  trace.add(
    'run-as',
    `WSGIDaemonProcess ${daemon.name}`,
    `the daemon runs as ${runsAs.user}:${runsAs.group}` +
      (daemon.user === null ? ' (no user=: the Apache User)' : '') +
      (daemon.group === null ? ' (no group=: the Apache Group, not the user’s primary group)' : ''),
  );
  return { status: 200 };
}

/**
 * subprocess_env in Apache's order (spec §6.1, §2.3): vhost SetEnv < <Directory> SetEnv (shallow → deep)
 * < .htaccess <Files>/<FilesMatch> SetEnv matching the base name (file walk, shallow → deep, file order);
 * the vhost RewriteRule [E=] value is entered first in the table and beats them all.
 */
function buildEnvironment(input: DispatchInput): RequestEnvironment {
  const { vh, chain, trace } = input;
  const environment = new RequestEnvironment(input.env.processEnv ?? {});
  const map = vh.vhost.processGroupMap;
  if (map !== null && vh.map !== null) {
    const listed = vh.map.get(input.uri);
    const value = listed ?? map.fallback;
    environment.applyRewrite(
      map.variable,
      value,
      `RewriteRule ^ - [E=${map.variable}:…] (process-group map)`,
    );
    trace.add(
      'process-group-map',
      `RewriteRule ^ - [E=${map.variable}:\${${MAP_NAME}:%{REQUEST_URI}|${map.fallback}}]`,
      (listed !== undefined
        ? `${input.uri} is listed in the map → ${map.variable}=${value}`
        : `${input.uri} is not in the map → the fallback ${map.variable}=${value}`) +
        '; a RewriteRule [E=] value beats every SetEnv (spec §2.3)',
    );
  }
  const set = (name: string, value: string, source: string): void => {
    const previous = environment.applySetEnv(name, value, source);
    const replaced = previous === undefined ? '' : ` (replaces ${previous.value} from ${previous.source})`;
    trace.add('environment', source, `SetEnv ${name} ${value}${replaced}`);
  };
  for (const [name, value] of vh.env) set(name, value, vh.section);
  for (const { directory, env } of chain) {
    for (const [name, value] of env) set(name, value, sectionName(directory));
  }
  const basename = baseName(input.file);
  for (const file of input.htaccess) {
    // Non-matching blocks are listed in one trace entry per file: a tenant's .htaccess may hold many rules,
    // and one line each made the answer (and its cost) grow with the file rather than with what applied.
    let ignored: string[] | undefined;
    for (const rule of file.rules) {
      if (rule.matcher?.test(basename)) {
        set(rule.variable, rule.rule.processGroup, `${file.source} ${ruleSection(rule.rule)}`);
      } else {
        (ignored ??= []).push(ruleSection(rule.rule));
      }
    }
    if (ignored !== undefined) {
      trace.add('environment', file.source, `${ignored.join(', ')} do not match ${basename}: ignored`);
    }
  }
  if (map !== null) {
    const hidden = environment.shadowedSetEnv(map.variable);
    if (hidden !== undefined) {
      trace.add(
        'environment',
        hidden.source,
        `SetEnv ${hidden.name} ${hidden.value} is hidden by the RewriteRule value`,
      );
    }
  }
  return environment;
}

function lastWith(
  chain: readonly PreparedDirectory[],
  has: (d: PreparedDirectory['directory']) => boolean,
): PreparedDirectory | undefined {
  for (let i = chain.length - 1; i >= 0; i--) {
    const entry = chain[i] as PreparedDirectory;
    if (has(entry.directory)) return entry;
  }
  return undefined;
}

/** wsgi_script_name lower-cases SCRIPT_NAME in 4.9/5.0; 6.x keeps it (WSGICaseSensitivity On on Linux). */
function scriptNameOf(version: string, scriptName: string): string {
  return version === '6.0' ? scriptName : foldAscii(scriptName);
}
