import type { Diagnostic } from '../model/diagnostic.js';
import type { VirtualHost } from '../model/server-model.js';
import { isEnvName, isUrlPath } from '../syntax/name-patterns.js';
import { isLexicallySafe } from '../syntax/unsafe-characters.js';
import { asciiLower } from '../wsgi/restrict-list.js';
import { error, paths } from './diagnostics.js';
import { checkLiteralGroup, parseProcessGroup } from './group-reference.js';
import type { ModelIndex } from './model-index.js';

function checkGroupName(index: ModelIndex, vhost: VirtualHost, name: string, path: string): Diagnostic[] {
  // Map values are copied verbatim into [E=VAR:...]; an empty or %{...} value would mean embedded mode.
  if (name === '' || name.startsWith('%')) {
    return [error('INVALID_PROCESS_GROUP', path, 'a process-group map must name an existing daemon group')];
  }
  return checkLiteralGroup(index, name, vhost, path).diagnostics;
}

/** The RewriteMap selection of WSGIProcessGroup.rst (spec §7a). */
function checkMap(index: ModelIndex, vhost: VirtualHost): Diagnostic[] {
  const map = vhost.processGroupMap;
  if (map === null) return [];
  const out: Diagnostic[] = [];
  const base = 'processGroupMap';
  if (isLexicallySafe(map.variable) && !isEnvName(map.variable)) {
    out.push(
      error(
        'INVALID_ENV_NAME',
        paths.vhost(vhost.id, `${base}/variable`),
        `"${map.variable}" is not an environment variable name`,
      ),
    );
  }
  const parsed = vhost.processGroup === null ? null : parseProcessGroup(vhost.processGroup);
  if (parsed?.form !== 'env' || asciiLower(parsed.variable) !== asciiLower(map.variable)) {
    out.push(
      error(
        'MAP_VARIABLE_NOT_USED',
        paths.vhost(vhost.id, 'processGroup'),
        `the map sets ${map.variable}, so WSGIProcessGroup must be %{ENV:${map.variable}} for it to have any effect`,
      ),
    );
  }
  out.push(...checkGroupName(index, vhost, map.fallback, paths.vhost(vhost.id, `${base}/fallback`)));
  const uris = new Set<string>();
  map.entries.forEach((entry, i) => {
    const path = paths.vhost(vhost.id, `${base}/entries/${i}`);
    if (isLexicallySafe(entry.uri) && !isUrlPath(entry.uri)) {
      out.push(error('INVALID_URL_PATH', `${path}/uri`, `"${entry.uri}" is not an absolute URL path`));
    }
    if (uris.has(entry.uri))
      out.push(error('DUPLICATE_MAP_URI', `${path}/uri`, `${entry.uri} is already mapped`));
    uris.add(entry.uri);
    out.push(...checkGroupName(index, vhost, entry.processGroup, `${path}/processGroup`));
  });
  return out;
}

export function checkProcessGroupMaps(index: ModelIndex): Diagnostic[] {
  return index.model.virtualHosts.flatMap((vhost) => checkMap(index, vhost));
}
