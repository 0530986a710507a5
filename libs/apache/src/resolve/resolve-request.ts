import {
  containingDirectories,
  parentDirectory,
  sectionName,
  type PreparedDirectory,
} from './directory-chain.js';
import { checkExecCgi, checkScriptExists, chooseHandler } from './handler-phase.js';
import { parseHostHeader } from './host-header.js';
import { readHtaccessFiles } from './htaccess-walk.js';
import type { PreparedModel, PreparedVirtualHost } from './prepared-model.js';
import { Answer, type Walk } from './request-walk.js';
import type { ResolveEnv, ResolveOutcome, ResolveRequest, RunsAs } from './resolve-outcome.js';
import { requestUri } from './request-uri.js';
import { Trace } from './trace.js';
import { mapUrl } from './url-mapping.js';
import type { VirtualHostChoice } from './virtual-host-index.js';
import { dispatchToWsgi } from './wsgi-dispatch.js';
import { mapUrlToMount } from './wsgi-mount-mapping.js';

/** The parts of the outcome filled in as the request moves through Apache's phases. */
export interface OutcomeState {
  virtualHostId: string | null;
  file: string | null;
  processGroup: string | null;
  applicationGroup: string | null;
  runsAs: RunsAs | null;
}

/**
 * One request through Apache's phases in order (spec §6.3): vhost by Host → translate_name (Alias /
 * DocumentRoot) → directory walk (+ .htaccess) → handler → mod_wsgi's own checks.
 */
export function resolveRequest(pm: PreparedModel, request: ResolveRequest, env: ResolveEnv): ResolveOutcome {
  const trace = new Trace();
  const state: OutcomeState = {
    virtualHostId: null,
    file: null,
    processGroup: null,
    applicationGroup: null,
    runsAs: null,
  };
  const { status, error } = walkRequest({ pm, env, trace, state }, request);
  return error === undefined
    ? { status, ...state, trace: trace.entries }
    : { status, ...state, trace: trace.entries, error };
}

/** Each step either answers the request (the first answer decides) or hands its result to the next. */
function walkRequest(walk: Walk, request: ResolveRequest): Answer {
  const host = parseHostHeader(request.host);
  traceRequest(walk.trace, request);
  const uri = requestUri(request.path);
  if (!uri.ok) {
    walk.trace.add('request', 'core', `${uri.reason}; reported as 404`);
    return new Answer(404, uri.reason);
  }
  // Only the connection port picks the address set; a Host port only feeds ap_get_server_port (%{SERVER}).
  const vh = chooseVirtualHost(walk, host.hostname, request.port ?? null);
  if (vh instanceof Answer) return vh;
  const mounted = mapUrlToMount(walk, vh, uri.uri);
  const file = mounted?.file ?? mapUrlToFile(walk, vh, uri.uri);
  if (file instanceof Answer) return file;
  const fileDir = parentDirectory(file);
  const chain = walkDirectories(walk, vh, fileDir);
  const htaccess = readHtaccessFiles(walk, chain, fileDir);
  if (htaccess instanceof Answer) return htaccess;
  const exists = walk.env.fileExists?.(file) ?? true;
  const existsNote = walk.env.fileExists === undefined ? ' (assumed: the panel cannot see the disk)' : '';
  // A script-aliased request is mod_wsgi's whatever the handler, and needs no ExecCGI (spec §4).
  const stop =
    (mounted === null
      ? (chooseHandler(walk, vh, chain, file, exists, existsNote) ?? checkExecCgi(walk, chain, file))
      : null) ?? checkScriptExists(walk, file, exists, existsNote);
  if (stop !== null) return stop;
  const { pm, env, trace, state } = walk;
  const result = dispatchToWsgi({
    pm,
    vh,
    chain,
    htaccess,
    file,
    uri: uri.uri,
    host,
    env,
    trace,
    state,
    mounted,
  });
  return new Answer(result.status, result.error);
}

function traceRequest(trace: Trace, request: ResolveRequest): void {
  trace.add(
    'request',
    'client',
    `GET ${request.path} with Host '${request.host}'` +
      (request.port !== undefined
        ? ` on port ${request.port}`
        : ' (connection port not given: every <VirtualHost> is a candidate)'),
  );
}

/** Name-based virtual hosting: the first vhost on the port whose ServerName or ServerAlias matches, else the first. */
function chooseVirtualHost(walk: Walk, hostname: string, port: number | null): PreparedVirtualHost | Answer {
  const { pm, trace } = walk;
  const choice = pm.vhostIndex.select(hostname, port);
  if (choice === null) {
    const why = port === null ? 'the model has no <VirtualHost>' : `no <VirtualHost> listens on port ${port}`;
    trace.add(
      'virtual-host',
      'Hostplane include file',
      `${why}: the main server answers, which Hostplane does not manage`,
    );
    return new Answer(404, 'No virtual host serves this request');
  }
  const vh = pm.virtualHost(choice.vhost);
  walk.state.virtualHostId = vh.vhost.id;
  trace.add('virtual-host', `${vh.section} ServerName ${vh.vhost.serverName}`, describeChoice(choice, port));
  return vh;
}

/** translate_name: the first matching Alias, else the DocumentRoot. Returns the file path. */
function mapUrlToFile(walk: Walk, vh: PreparedVirtualHost, uri: string): string | Answer {
  const { trace } = walk;
  const mapping = mapUrl(uri, vh.aliases, vh.vhost.documentRoot);
  if (mapping.kind === 'none') {
    trace.add(
      'url-mapping',
      vh.section,
      `no Alias matches ${uri} and the vhost has no DocumentRoot (the main server's DocumentRoot, not managed by Hostplane, would apply): predicted 404`,
    );
    return new Answer(404, 'No Alias or DocumentRoot maps this URL');
  }
  const file = mapping.file.replace(/\/{2,}/g, '/');
  walk.state.file = file;
  trace.add(
    'url-mapping',
    mapping.kind === 'alias'
      ? `Alias ${mapping.alias.urlPath} ${mapping.alias.path}`
      : `DocumentRoot ${mapping.documentRoot}`,
    `${uri} → ${file}` +
      (mapping.kind === 'document-root' && vh.aliases.length > 0 ? ' (no Alias matched)' : ''),
  );
  return file;
}

/** The vhost's <Directory> sections containing the file's directory, shallow → deep. */
function walkDirectories(walk: Walk, vh: PreparedVirtualHost, fileDir: string): PreparedDirectory[] {
  const chain = containingDirectories(vh.directories, fileDir);
  walk.trace.add(
    'directories',
    chain.length === 0 ? vh.section : chain.map((d) => sectionName(d.directory)).join(' < '),
    chain.length === 0
      ? `no <Directory> section of this vhost contains ${fileDir}`
      : `merged shallow → deep for ${fileDir}; a deeper section replaces WSGIProcessGroup, WSGIRestrictProcess and Options`,
  );
  return chain;
}

function describeChoice(choice: VirtualHostChoice, port: number | null): string {
  const where = port === null ? '' : ` among the vhosts listening on port ${port}`;
  switch (choice.match.kind) {
    case 'server-name':
      return `Host matches ServerName ${choice.match.name}${where} (first match in config order)`;
    case 'server-alias':
      return `Host matches ServerAlias ${choice.match.name}${where} (first match in config order)`;
    case 'default':
      return `${choice.match.reason}: the first <VirtualHost> in config order${where} answers (the default for that address)`;
  }
}
