import type { Diagnostic } from '../model/diagnostic.js';
import type { VirtualHost } from '../model/server-model.js';
import { mapFileStems } from '../render/process-group-map.render.js';
import { isEnvName, isFilesName, isUrlPath } from '../syntax/name-patterns.js';
import { isLexicallySafe } from '../syntax/unsafe-characters.js';
import { asciiLower } from '../wsgi/restrict-list.js';
import { error, paths } from './diagnostics.js';
import { checkLiteralGroup, parseProcessGroup } from './group-reference.js';
import type { ModelIndex } from './model-index.js';

/** What FILES_NAME_PATTERN allows. */
const MAX_FILE_NAME_LENGTH = 255;

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
  return [
    ...index.model.virtualHosts.flatMap((vhost) => checkMap(index, vhost)),
    ...checkMapFileNames(index),
  ];
}

/** The longest stem mapFileStems can give a vhost: its ServerName, then `-` and its id when names collide. */
function longestStem(vhost: VirtualHost): number {
  return vhost.serverName.length + 1 + vhost.id.length;
}

/**
 * Each map file is named after its vhost's ServerName (plus the id when two names collide), and the writer
 * refuses a file name longer than 255 characters. Only a ServerName near its 253-character limit can get
 * there, so the stems are computed only then.
 */
function checkMapFileNames({ model }: ModelIndex): Diagnostic[] {
  const risky = model.virtualHosts.some(
    (v) => v.processGroupMap !== null && longestStem(v) > MAX_FILE_NAME_LENGTH,
  );
  if (!risky) return [];
  const out: Diagnostic[] = [];
  for (const [id, stem] of mapFileStems(model.virtualHosts)) {
    if (stem.length === 0 || isFilesName(stem)) continue;
    out.push(
      error(
        'MAP_FILE_NAME_TOO_LONG',
        paths.vhost(id, 'serverName'),
        `the process-group map file would be named ${stem}.map, longer than a file name may be; shorten the ServerName`,
      ),
    );
  }
  return out;
}
