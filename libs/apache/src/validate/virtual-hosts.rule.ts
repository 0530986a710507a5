import type { Diagnostic } from '../model/diagnostic.js';
import type { VirtualHost } from '../model/server-model.js';
import {
  isAbsolutePath,
  isEnvName,
  isServerAlias,
  isServerName,
  isVirtualHostAddress,
  serverNameHost,
} from '../syntax/name-patterns.js';
import { isLexicallySafe } from '../syntax/unsafe-characters.js';
import { asciiLower } from '../wsgi/restrict-list.js';
import { error, paths, segment, warning } from './diagnostics.js';
import { checkEnvSelectedGroup, isSilentEnvSelection } from './env-selection.js';
import { checkProcessGroupDirective, envSelector } from './group-reference.js';
import type { ModelIndex } from './model-index.js';

// The checks of one vhost push onto the caller's list: clean vhosts then allocate no array or closure each.

function checkNamesAndAddresses(out: Diagnostic[], vhost: VirtualHost): void {
  if (vhost.serverName === '') {
    // Without one Apache inherits a name shared with other vhosts, and groups leak between them (spec §2.5).
    out.push(
      error(
        'MISSING_SERVER_NAME',
        paths.vhost(vhost.id, 'serverName'),
        'every virtual host needs an explicit ServerName',
      ),
    );
  } else if (isLexicallySafe(vhost.serverName) && !isServerName(vhost.serverName)) {
    out.push(
      error(
        'INVALID_SERVER_NAME',
        paths.vhost(vhost.id, 'serverName'),
        `"${vhost.serverName}" is not a host name`,
      ),
    );
  }
  const aliases = vhost.serverAliases;
  for (let i = 0; i < aliases.length; i++) {
    const alias = aliases[i] as string;
    if (isLexicallySafe(alias) && !isServerAlias(alias)) {
      out.push(
        error(
          'INVALID_SERVER_ALIAS',
          paths.vhost(vhost.id, `serverAliases/${i}`),
          `"${alias}" is not a host name`,
        ),
      );
    }
  }
  if (vhost.addresses.length === 0) {
    out.push(
      error(
        'MISSING_ADDRESS',
        paths.vhost(vhost.id, 'addresses'),
        'a virtual host needs at least one address',
      ),
    );
  }
  const addresses = vhost.addresses;
  for (let i = 0; i < addresses.length; i++) {
    const address = addresses[i] as string;
    if (isLexicallySafe(address) && !isVirtualHostAddress(address)) {
      out.push(
        error(
          'INVALID_ADDRESS',
          paths.vhost(vhost.id, `addresses/${i}`),
          `"${address}" is not a <VirtualHost> address`,
        ),
      );
    }
  }
  if (
    vhost.documentRoot !== null &&
    isLexicallySafe(vhost.documentRoot) &&
    !isAbsolutePath(vhost.documentRoot)
  ) {
    out.push(
      error('INVALID_PATH', paths.vhost(vhost.id, 'documentRoot'), 'DocumentRoot must be an absolute path'),
    );
  }
}

function checkGroupsAndEnv(out: Diagnostic[], index: ModelIndex, vhost: VirtualHost): void {
  const selector = envSelector(vhost.processGroup);
  // A valid %{ENV:...} selector (selector not null) is one checkProcessGroupDirective passes: no path for it.
  if (vhost.processGroup !== null && selector === null) {
    out.push(
      ...checkProcessGroupDirective(index, vhost.processGroup, vhost, paths.vhost(vhost.id, 'processGroup')),
    );
  }
  if (vhost.applicationGroup === '') {
    out.push(
      error(
        'INVALID_APPLICATION_GROUP',
        paths.vhost(vhost.id, 'applicationGroup'),
        'WSGIApplicationGroup is empty',
        'WSGIApplicationGroup takes one argument, Name of WSGI application group.',
      ),
    );
  }
  // for-in over own keys visits what Object.entries lists, in its order, without a pair array per variable.
  const env = vhost.env;
  for (const name in env) {
    if (!Object.hasOwn(env, name)) continue;
    const value = env[name] as string;
    // The clean case, decided before the path string is built (as for directories).
    if (
      isEnvName(name) &&
      (selector === null || asciiLower(name) !== selector || isSilentEnvSelection(index, value, vhost, null))
    ) {
      continue;
    }
    const path = paths.vhost(vhost.id, `env/${segment(name)}`);
    if (isLexicallySafe(name) && !isEnvName(name)) {
      out.push(error('INVALID_ENV_NAME', path, `"${name}" is not an environment variable name`));
    }
    // The vhost default of the selecting variable is itself a group choice.
    if (selector !== null && asciiLower(name) === selector) {
      out.push(...checkEnvSelectedGroup(index, value, vhost, null, path));
    }
  }
}

/**
 * Same ServerName host on a shared address means the second vhost is never chosen; different ports are
 * the documented 80/443 pattern and share their groups on purpose. Case-only differences split visibility.
 */
function checkServerNameClashes(out: Diagnostic[], index: ModelIndex): void {
  // Folded hosts by address, a map per address instead of an "address host" key string per vhost.
  const hostsByAddress = new Map<string, Set<string>>();
  const byFoldedHost = new Map<string, string>();
  const vhosts = index.model.virtualHosts;
  for (let i = 0; i < vhosts.length; i++) {
    const vhost = vhosts[i] as VirtualHost;
    const host = serverNameHost(vhost.serverName);
    if (host === '') continue;
    const folded = asciiLower(host);
    // Each address once; a single address (the usual case) needs no Set.
    const addresses = vhost.addresses.length < 2 ? vhost.addresses : new Set(vhost.addresses);
    for (const address of addresses) {
      let hosts = hostsByAddress.get(address);
      if (hosts === undefined) hostsByAddress.set(address, (hosts = new Set()));
      if (hosts.has(folded)) {
        out.push(
          error(
            'DUPLICATE_SERVER_NAME',
            paths.vhost(vhost.id, 'serverName'),
            `another virtual host on ${address} already uses ${host}`,
          ),
        );
        break;
      }
      hosts.add(folded);
    }
    const previous = byFoldedHost.get(folded);
    if (previous !== undefined && previous !== host) {
      out.push(
        warning(
          'SERVER_NAMES_DIFFER_ONLY_BY_CASE',
          paths.vhost(vhost.id, 'serverName'),
          `"${host}" and "${previous}" differ only by case; mod_wsgi treats them as different hosts for group visibility`,
        ),
      );
    } else if (previous === undefined) {
      byFoldedHost.set(folded, host);
    }
  }
}

export function checkVirtualHosts(index: ModelIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  // An index loop: for-of allocates an iterator result per vhost until optimized (see checkDaemonIdentity).
  const vhosts = index.model.virtualHosts;
  for (let i = 0; i < vhosts.length; i++) {
    const vhost = vhosts[i] as VirtualHost;
    checkNamesAndAddresses(out, vhost);
    checkGroupsAndEnv(out, index, vhost);
  }
  checkServerNameClashes(out, index);
  return out;
}
