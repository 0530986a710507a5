import { baseName, sectionName, type PreparedDirectory } from './directory-chain.js';
import { effectiveHandler, effectiveOptions, WSGI_HANDLERS } from './directory-options.js';
import type { PreparedVirtualHost } from './prepared-model.js';
import { Answer, type Walk } from './request-walk.js';

/** The handler phase: a directory or a file mod_wsgi does not handle is answered here; null = mod_wsgi's. */
export function chooseHandler(
  walk: Walk,
  vh: PreparedVirtualHost,
  chain: readonly PreparedDirectory[],
  file: string,
  exists: boolean,
  existsNote: string,
): Answer | null {
  const { trace } = walk;
  const basename = baseName(file);
  // A trailing slash, or a path the model knows as a directory (a <Directory> or Alias target).
  if (basename === '' || vh.directories.some((d) => d.path === file)) {
    trace.add(
      'handler',
      'core',
      `${file} is a directory; Hostplane's config loads no mod_dir/mod_autoindex, so the default handler answers ` +
        '"Attempt to serve directory": predicted 404',
    );
    return new Answer(404, `Attempt to serve directory: ${file}`);
  }
  const handler = effectiveHandler(chain, basename);
  if (handler === null || !WSGI_HANDLERS.includes(handler.handler)) {
    const why =
      handler === null
        ? `no AddHandler in the <Directory> chain maps ${basename} to wsgi-script`
        : `AddHandler maps .${handler.extension} to '${handler.handler}', which is not mod_wsgi's`;
    if (!exists) {
      trace.add('handler', 'core', `${why}; the file does not exist: 404`);
      return new Answer(404, `File does not exist: ${file}`);
    }
    trace.add(
      'handler',
      handler === null ? 'core' : `${sectionName(handler.definedIn)} AddHandler ${handler.handler}`,
      `${why}: Apache's default handler serves it as a static file${existsNote}; mod_wsgi is never involved and no application code runs (process group and runsAs: none)`,
    );
    return new Answer(200);
  }
  trace.add(
    'handler',
    `${sectionName(handler.definedIn)} AddHandler ${handler.handler} .${handler.extension}`,
    `${basename} → ${handler.handler}: mod_wsgi handles the request`,
  );
  return null;
}

/** mod_wsgi refuses a script outside `Options ExecCGI` with 403 (it is not script-aliased). */
export function checkExecCgi(walk: Walk, chain: readonly PreparedDirectory[], file: string): Answer | null {
  const { pm, trace } = walk;
  const options = effectiveOptions(chain);
  const optionsSource =
    options.decidedBy === null
      ? "Apache's built-in default Options FollowSymLinks"
      : `${sectionName(options.decidedBy)} Options ${options.decidedBy.options.join(' ')}`;
  if (!options.execCgi) {
    trace.add('exec-cgi', optionsSource, `ExecCGI is off: ${pm.messages.execCgiOff}: ${file} → 403`);
    return new Answer(403, pm.messages.execCgiOff);
  }
  trace.add('exec-cgi', optionsSource, 'ExecCGI is on');
  return null;
}

export function checkScriptExists(
  walk: Walk,
  file: string,
  exists: boolean,
  existsNote: string,
): Answer | null {
  const { pm, trace } = walk;
  if (!exists) {
    trace.add('script', file, `${pm.messages.scriptNotFound}: ${file} → 404`);
    return new Answer(404, pm.messages.scriptNotFound);
  }
  trace.add('script', file, `the script exists${existsNote}`);
  return null;
}
