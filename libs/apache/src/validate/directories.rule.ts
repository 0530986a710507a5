import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, VirtualHost } from '../model/server-model.js';
import { isAbsolutePath, isEnvName, isUrlPath } from '../syntax/name-patterns.js';
import { isLexicallySafe } from '../syntax/unsafe-characters.js';
import { asciiLower, GLOBAL_TOKEN, restrictListMatch } from '../wsgi/restrict-list.js';
import { restrictListInForce, scopeWords } from '../wsgi/restrict-scope.js';
import { apacheText, error, paths, segment, warning } from './diagnostics.js';
import { checkEnvSelectedGroup, isSilentEnvSelection } from './env-selection.js';
import {
  checkLiteralGroup,
  checkProcessGroupDirective,
  envSelector,
  expandedGroupName,
} from './group-reference.js';
import { noFileIsShared, type ModelIndex } from './model-index.js';
import { checkDirectoryDirectives } from './directory-directives.js';

// The checks of one directory push onto the caller's list: a big server's clean directories then allocate
// no array per check (nor spread one).

function checkPaths(out: Diagnostic[], directory: Directory): void {
  if (isLexicallySafe(directory.path) && !isAbsolutePath(directory.path)) {
    out.push(
      error(
        'INVALID_PATH',
        paths.directory(directory.id, 'path'),
        '<Directory> path must match ^/[A-Za-z0-9._/-]+$',
      ),
    );
  }
  if (directory.urlPath !== null && isLexicallySafe(directory.urlPath) && !isUrlPath(directory.urlPath)) {
    out.push(
      error(
        'INVALID_URL_PATH',
        paths.directory(directory.id, 'urlPath'),
        'the Alias URL path must be an absolute URL path',
      ),
    );
  }
}

function checkRestrictList(
  out: Diagnostic[],
  index: ModelIndex,
  directory: Directory,
  vhost: VirtualHost | undefined,
): void {
  const list = directory.restrictProcess;
  if (list === null || (list.length > 0 && restrictListIsClean(index, list, vhost))) return;
  if (list.length === 0) {
    out.push(
      warning(
        'EMPTY_RESTRICT_LIST',
        paths.directory(directory.id, 'restrictProcess'),
        'an empty WSGIRestrictProcess denies every request',
      ),
    );
  }
  list.forEach((token, i) => {
    if (token !== GLOBAL_TOKEN) {
      out.push(
        ...checkLiteralGroup(index, token, vhost, paths.directory(directory.id, `restrictProcess/${i}`))
          .diagnostics,
      );
    }
  });
}

/**
 * checkLiteralGroup is silent for every listed name: each is %{GLOBAL} or an existing group visible from the
 * vhost (a lexically unsafe name is silent there too, so it needs no test). False means "check in detail".
 */
function restrictListIsClean(
  index: ModelIndex,
  list: readonly string[],
  vhost: VirtualHost | undefined,
): boolean {
  for (let i = 0; i < list.length; i++) {
    const token = list[i] as string;
    if (token === GLOBAL_TOKEN) continue;
    const group = index.groupsByName.get(token);
    if (group === undefined) return false;
    const owner = group.virtualHostId;
    if (vhost !== undefined && owner !== null && owner !== vhost.id) return false;
  }
  return true;
}

/** The WSGIProcessGroup in force for the directory: its own, else the vhost's, else the server's (spec §2.1). */
export function effectiveProcessGroup(
  directory: Directory,
  vhost: VirtualHost | undefined,
  serverProcessGroup: string | null = null,
): string | null {
  // serverScopeProcessGroup's value, without its two objects per directory.
  return directory.processGroup ?? vhost?.processGroup ?? serverProcessGroup;
}

function checkSelection(
  out: Diagnostic[],
  index: ModelIndex,
  directory: Directory,
  vhost: VirtualHost | undefined,
): void {
  const own = directory.processGroup;
  if (own !== null) {
    const path = paths.directory(directory.id, 'processGroup');
    out.push(...checkProcessGroupDirective(index, own, vhost, path));
    const expanded = expandedGroupName(own);
    const { list, scope } = restrictListInForce(index.model, vhost, directory.restrictProcess);
    if (expanded !== null && isLexicallySafe(own) && restrictListMatch(list, expanded) === 'none') {
      out.push(
        error(
          'GROUP_NOT_IN_RESTRICT_LIST',
          path,
          scope === 'directory'
            ? `"${own}" is not in this directory's restriction list`
            : `"${own}" is not in ${scopeWords(scope ?? 'directory')} restriction list, which applies in this directory`,
          apacheText.notInRestrictList(expanded),
        ),
      );
    }
  }
  const effective = effectiveProcessGroup(directory, vhost, index.model.processGroup ?? null);
  if (own === null && effective !== null && directory.restrictProcess !== null) {
    out.push(...checkInheritedGroup(effective, directory));
  }
  const selector = envSelector(effective);
  // for-in over own keys visits what Object.entries lists, in its order, without a pair array per variable.
  const env = directory.env;
  for (const name in env) {
    if (!Object.hasOwn(env, name)) continue;
    const value = env[name] as string;
    // The clean case, decided before the path string is built: a valid name, and if it is the selecting
    // variable, a value that checkEnvSelectedGroup passes silently.
    if (
      isEnvName(name) &&
      (selector === null ||
        asciiLower(name) !== selector ||
        isSilentEnvSelection(index, value, vhost, directory))
    ) {
      continue;
    }
    const path = paths.directory(directory.id, `env/${segment(name)}`);
    if (isLexicallySafe(name) && !isEnvName(name)) {
      out.push(error('INVALID_ENV_NAME', path, `"${name}" is not an environment variable name`));
    }
    if (selector !== null && asciiLower(name) === selector) {
      out.push(...checkEnvSelectedGroup(index, value, vhost, directory, path));
    }
  }
}

/** The vhost's (or server's) literal WSGIProcessGroup meets this directory's own list (spec §3): a warning. */
function checkInheritedGroup(effective: string, directory: Directory): Diagnostic[] {
  if (!isLexicallySafe(effective)) return [];
  const expanded = expandedGroupName(effective);
  if (expanded === null || restrictListMatch(directory.restrictProcess, expanded) !== 'none') return [];
  return [
    warning(
      'INHERITED_GROUP_NOT_IN_RESTRICT_LIST',
      paths.directory(directory.id, 'restrictProcess'),
      `the inherited WSGIProcessGroup ${effective} is not in this directory's list: requests that do not choose another group answer 500`,
      apacheText.notInRestrictList(expanded),
    ),
  ];
}

/** Everything about one <Directory> block that does not need the rest of the server. */
export function checkDirectory(index: ModelIndex, directory: Directory): Diagnostic[] {
  const out: Diagnostic[] = [];
  pushDirectoryProblems(out, index, directory);
  return out;
}

/** checkDirectory onto the caller's list; `vhost` is the directory's (undefined if unknown), when already looked up. */
export function pushDirectoryProblems(
  out: Diagnostic[],
  index: ModelIndex,
  directory: Directory,
  vhost = index.vhostsById.get(directory.virtualHostId),
): void {
  if (vhost === undefined) {
    out.push(
      error('UNKNOWN_VIRTUAL_HOST', paths.directory(directory.id, 'virtualHostId'), 'no such virtual host'),
    );
  }
  if (!index.tenantsById.has(directory.tenantId)) {
    out.push(error('UNKNOWN_TENANT', paths.directory(directory.id, 'tenantId'), 'no such tenant'));
  }
  checkPaths(out, directory);
  checkDirectoryDirectives(out, directory);
  checkRestrictList(out, index, directory, vhost);
  checkSelection(out, index, directory, vhost);
}

/** `path.replace(/\/+$/, '')` without a regex per directory. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return end === path.length ? path : path.slice(0, end);
}

/** Two <Directory> blocks for the same path in one vhost would merge silently; refuse the second. */
export function checkDuplicatePaths(out: Diagnostic[], index: ModelIndex): void {
  // Paths equal but for trailing slashes have equal disk-path keys, so distinct keys mean no duplicate.
  if (noFileIsShared(index.directoriesByDiskPath)) return;
  const seen = new Set<string>();
  for (const directory of index.model.directories) {
    // A for-of is fine here: only a server with a shared .htaccess file gets this far.
    const key = `${directory.virtualHostId}\u0000${withoutTrailingSlashes(directory.path)}`;
    if (seen.has(key)) {
      out.push(
        error(
          'DUPLICATE_DIRECTORY',
          paths.directory(directory.id, 'path'),
          `${directory.path} already has a <Directory> block in this virtual host`,
        ),
      );
    }
    seen.add(key);
  }
}

export function checkDirectories(index: ModelIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  // An index loop: for-of allocates an iterator result per directory until optimized (see checkDaemonIdentity).
  const directories = index.model.directories;
  for (let i = 0; i < directories.length; i++) pushDirectoryProblems(out, index, directories[i] as Directory);
  checkDuplicatePaths(out, index);
  return out;
}
