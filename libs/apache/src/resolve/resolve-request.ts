import { baseName, containingDirectories, parentDirectory, sectionName } from './directory-chain.js';
import { effectiveHandler, effectiveOptions, effectiveOverride, WSGI_HANDLERS } from './directory-options.js';
import { parseHostHeader } from './host-header.js';
import { htaccessVerdict, type CompiledRule } from './htaccess-rules.js';
import type { PreparedModel } from './prepared-model.js';
import type { ResolveEnv, ResolveOutcome, ResolveRequest, ResolveStatus, RunsAs } from './resolve-outcome.js';
import { requestUri } from './request-uri.js';
import { Trace } from './trace.js';
import { mapUrl } from './url-mapping.js';
import type { VirtualHostChoice } from './virtual-host-index.js';
import { dispatchToWsgi, type ReadHtaccess } from './wsgi-dispatch.js';

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
  const finish = (status: ResolveStatus, error?: string): ResolveOutcome =>
    error === undefined
      ? { status, ...state, trace: trace.entries }
      : { status, ...state, trace: trace.entries, error };

  const host = parseHostHeader(request.host);
  // Only the connection port picks the address set; a Host port only feeds ap_get_server_port (%{SERVER}).
  const port = request.port ?? null;
  trace.add(
    'request',
    'client',
    `GET ${request.path} with Host '${request.host}'` +
      (request.port !== undefined
        ? ` on port ${request.port}`
        : ' (connection port not given: every <VirtualHost> is a candidate)'),
  );

  const uri = requestUri(request.path);
  if (!uri.ok) {
    trace.add('request', 'core', `${uri.reason}; reported as 404`);
    return finish(404, uri.reason);
  }

  const choice = pm.vhostIndex.select(host.hostname, port);
  if (choice === null) {
    const why = port === null ? 'the model has no <VirtualHost>' : `no <VirtualHost> listens on port ${port}`;
    trace.add(
      'virtual-host',
      'Hostplane include file',
      `${why}: the main server answers, which Hostplane does not manage`,
    );
    return finish(404, 'No virtual host serves this request');
  }
  const vh = pm.virtualHost(choice.vhost);
  state.virtualHostId = vh.vhost.id;
  trace.add('virtual-host', `${vh.section} ServerName ${vh.vhost.serverName}`, describeChoice(choice, port));

  const mapping = mapUrl(uri.uri, vh.aliases, vh.vhost.documentRoot);
  if (mapping.kind === 'none') {
    trace.add(
      'url-mapping',
      vh.section,
      `no Alias matches ${uri.uri} and the vhost has no DocumentRoot (the main server's DocumentRoot, not managed by Hostplane, would apply): predicted 404`,
    );
    return finish(404, 'No Alias or DocumentRoot maps this URL');
  }
  const file = mapping.file.replace(/\/{2,}/g, '/');
  state.file = file;
  trace.add(
    'url-mapping',
    mapping.kind === 'alias'
      ? `Alias ${mapping.alias.urlPath} ${mapping.alias.path}`
      : `DocumentRoot ${mapping.documentRoot}`,
    `${uri.uri} → ${file}` +
      (mapping.kind === 'document-root' && vh.aliases.length > 0 ? ' (no Alias matched)' : ''),
  );

  const fileDir = parentDirectory(file);
  const chain = containingDirectories(vh.directories, fileDir);
  trace.add(
    'directories',
    chain.length === 0 ? vh.section : chain.map((d) => sectionName(d.directory)).join(' < '),
    chain.length === 0
      ? `no <Directory> section of this vhost contains ${fileDir}`
      : `merged shallow → deep for ${fileDir}; a deeper section replaces WSGIProcessGroup, WSGIRestrictProcess and Options`,
  );

  // .htaccess files are read level by level during the walk; a refused directive fails the whole request.
  const htaccess: ReadHtaccess[] = [];
  // Above the shallowest section AllowOverride is Apache's default None: those levels are never opened.
  for (const level of chain.length === 0 ? [] : ancestorsOf(fileDir, (chain[0] as { path: string }).path)) {
    const found = pm.htaccessAt(level);
    if (found === undefined) continue;
    const upTo = lastIndexAtOrAbove(chain, level);
    const overrides = upTo === -1 ? (['None'] as const) : effectiveOverride(chain, upTo);
    const verdict = htaccessVerdict(overrides, found.rules);
    const source = `${found.path === '/' ? '' : found.path}/.htaccess`;
    if (verdict.kind === 'not-read') {
      trace.add('htaccess', source, `AllowOverride None for ${level}: Apache never opens the file`);
      continue;
    }
    if (verdict.kind === 'error') {
      const message = `${source}: ${verdict.message}`;
      trace.add(
        'htaccess',
        source,
        `AllowOverride ${overrides.join(' ')}: ${message} → 500 for every request below ${level}`,
      );
      return finish(500, message);
    }
    trace.add(
      'htaccess',
      source,
      `read (AllowOverride ${overrides.join(' ')}): ${found.rules.length} <Files>/<FilesMatch> block(s)`,
    );
    htaccess.push({ source, rules: found.rules as CompiledRule[] });
  }

  const exists = env.fileExists?.(file) ?? true;
  const existsNote = env.fileExists === undefined ? ' (assumed: the panel cannot see the disk)' : '';
  const basename = baseName(file);
  // A trailing slash, or a path the model knows as a directory (a <Directory> or Alias target).
  if (basename === '' || vh.directories.some((d) => d.path === file)) {
    trace.add(
      'handler',
      'core',
      `${file} is a directory; Hostplane's config loads no mod_dir/mod_autoindex, so the default handler answers ` +
        '"Attempt to serve directory": predicted 404',
    );
    return finish(404, `Attempt to serve directory: ${file}`);
  }

  const handler = effectiveHandler(chain, basename);
  if (handler === null || !WSGI_HANDLERS.includes(handler.handler)) {
    const why =
      handler === null
        ? `no AddHandler in the <Directory> chain maps ${basename} to wsgi-script`
        : `AddHandler maps .${handler.extension} to '${handler.handler}', which is not mod_wsgi's`;
    if (!exists) {
      trace.add('handler', 'core', `${why}; the file does not exist: 404`);
      return finish(404, `File does not exist: ${file}`);
    }
    trace.add(
      'handler',
      handler === null ? 'core' : `${sectionName(handler.definedIn)} AddHandler ${handler.handler}`,
      `${why}: Apache's default handler serves it as a static file${existsNote}; mod_wsgi is never involved and no application code runs (process group and runsAs: none)`,
    );
    return finish(200);
  }
  trace.add(
    'handler',
    `${sectionName(handler.definedIn)} AddHandler ${handler.handler} .${handler.extension}`,
    `${basename} → ${handler.handler}: mod_wsgi handles the request`,
  );

  const options = effectiveOptions(chain);
  const optionsSource =
    options.decidedBy === null
      ? "Apache's built-in default Options FollowSymLinks"
      : `${sectionName(options.decidedBy)} Options ${options.decidedBy.options.join(' ')}`;
  if (!options.execCgi) {
    trace.add('exec-cgi', optionsSource, `ExecCGI is off: ${pm.messages.execCgiOff}: ${file} → 403`);
    return finish(403, pm.messages.execCgiOff);
  }
  trace.add('exec-cgi', optionsSource, 'ExecCGI is on');

  if (!exists) {
    trace.add('script', file, `${pm.messages.scriptNotFound}: ${file} → 404`);
    return finish(404, pm.messages.scriptNotFound);
  }
  trace.add('script', file, `the script exists${existsNote}`);

  const result = dispatchToWsgi({ pm, vh, chain, htaccess, file, uri: uri.uri, host, env, trace, state });
  return finish(result.status, result.error);
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

/** ("/a/b/c", "/a") → ["/a", "/a/b", "/a/b/c"]: the levels ap_directory_walk visits from `from` down. */
function ancestorsOf(dir: string, from: string): string[] {
  const levels = [from];
  if (dir === from) return levels;
  let at = from === '/' ? 0 : from.length;
  while ((at = dir.indexOf('/', at + 1)) !== -1) levels.push(dir.slice(0, at));
  levels.push(dir);
  return levels;
}

/** Index of the deepest chain section whose path is `level` or above it (its config governs `level`). */
function lastIndexAtOrAbove(chain: readonly { path: string }[], level: string): number {
  for (let i = chain.length - 1; i >= 0; i--) {
    const p = (chain[i] as { path: string }).path;
    if (p === '/' || p === level || level.startsWith(`${p}/`)) return i;
  }
  return -1;
}
