import type { Diagnostic } from '../model/diagnostic.js';
import type { VirtualHost } from '../model/server-model.js';
import { isLexicallySafe } from '../syntax/unsafe-characters.js';
import { GLOBAL_TOKEN, restrictListMatch } from '../wsgi/restrict-list.js';
import { restrictListInForce, scopeWords } from '../wsgi/restrict-scope.js';
import { apacheText, error, warning } from './diagnostics.js';
import {
  checkLiteralGroup,
  checkProcessGroupDirective,
  expandedGroupName,
  parseProcessGroup,
} from './group-reference.js';
import type { ModelIndex } from './model-index.js';

/**
 * WSGIRestrictProcess and WSGIProcessGroup at server scope and in a <VirtualHost> (issue 10 item 3; the seeds
 * say "server config, virtual host, directory"). A list names existing groups (visible from its vhost); an
 * empty list denies everything; a literal WSGIProcessGroup must pass the list in force at its own scope, the
 * vhost's own list else the server's (spec §3: the nearer list replaces the outer one).
 */
export function checkOuterScopes(index: ModelIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { model } = index;
  if (model.restrictProcess !== null && model.restrictProcess !== undefined) {
    out.push(...checkList(index, model.restrictProcess, undefined, '/server/restrictProcess'));
  }
  if (model.processGroup !== null && model.processGroup !== undefined) {
    const path = '/server/processGroup';
    out.push(...checkProcessGroupDirective(index, model.processGroup, undefined, path));
    out.push(...checkAgainstList(index, model.processGroup, undefined, path));
  }
  const serverGroup = typeof model.processGroup === 'string' ? parseProcessGroup(model.processGroup) : null;
  // An index loop: for-of allocates an iterator result per vhost until optimized (see checkDaemonIdentity).
  const vhosts = model.virtualHosts;
  for (let i = 0; i < vhosts.length; i++) {
    const vhost = vhosts[i] as VirtualHost;
    if (vhost.processGroup === null && serverGroup?.form === 'literal') {
      out.push(...checkInheritedVisibility(index, serverGroup.name, vhost));
    }
    const list = vhost.restrictProcess;
    if (list !== null && list !== undefined) {
      out.push(...checkList(index, list, vhost, `/virtual-hosts/${vhost.id}/restrictProcess`));
    }
    // The vhost's own WSGIProcessGroup is checked for existence by checkVirtualHosts; here, against the list.
    // An %{ENV:...} group (expandedGroupName null) passes checkAgainstList: no path string for it.
    if (vhost.processGroup !== null) {
      if (expandedGroupName(vhost.processGroup) !== null) {
        const path = `/virtual-hosts/${vhost.id}/processGroup`;
        out.push(...checkAgainstList(index, vhost.processGroup, vhost, path));
      }
    } else if (list !== null && list !== undefined && typeof model.processGroup === 'string') {
      // The server's group is inherited by a vhost whose own list refuses it: a warning, as the vhost may
      // serve no WSGI outside directories that choose their own group.
      const refused = checkAgainstList(
        index,
        model.processGroup,
        vhost,
        `/virtual-hosts/${vhost.id}/restrictProcess`,
      );
      out.push(...refused.map((d) => inheritedWarning(d, 'the server-scope WSGIProcessGroup')));
    }
  }
  return out;
}

function checkList(
  index: ModelIndex,
  list: readonly string[],
  vhost: VirtualHost | undefined,
  path: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (list.length === 0) {
    out.push(warning('EMPTY_RESTRICT_LIST', path, 'an empty WSGIRestrictProcess denies every request'));
  }
  list.forEach((token, i) => {
    if (token !== GLOBAL_TOKEN)
      out.push(...checkLiteralGroup(index, token, vhost, `${path}/${i}`).diagnostics);
  });
  return out;
}

/** A literal (or %{GLOBAL}) WSGIProcessGroup the list in force at its scope refuses: every request 500s. */
function checkAgainstList(
  index: ModelIndex,
  value: string,
  vhost: VirtualHost | undefined,
  path: string,
): Diagnostic[] {
  const expanded = expandedGroupName(value);
  if (expanded === null || !isLexicallySafe(value)) return [];
  const { list, scope } = restrictListInForce(index.model, vhost, null);
  if (restrictListMatch(list, expanded) !== 'none') return [];
  return [
    error(
      'GROUP_NOT_IN_RESTRICT_LIST',
      path,
      `"${value}" is not in ${scopeWords(scope ?? 'server')} WSGIRestrictProcess list`,
      apacheText.notInRestrictList(expanded),
    ),
  ];
}

/** The same refusal, for a WSGIProcessGroup that comes from an outer scope. */
export function inheritedWarning(d: Diagnostic, what: string): Diagnostic {
  return warning(
    'INHERITED_GROUP_NOT_IN_RESTRICT_LIST',
    d.path,
    `${what} applies here and ${d.message.replace(/^"[^"]*" is /, 'is ')}: requests that do not choose another group answer 500`,
    d.apacheMessage,
  );
}

/**
 * A server-scope literal group defined inside one vhost: every vhost without its own WSGIProcessGroup inherits
 * it, but visibility is still checked per request against the serving vhost ([E] outer-scopes oracle).
 */
function checkInheritedVisibility(index: ModelIndex, name: string, vhost: VirtualHost): Diagnostic[] {
  const group = index.groupsByName.get(name);
  if (group === undefined || group.virtualHostId === null) return [];
  const found = checkLiteralGroup(index, name, vhost, `/virtual-hosts/${vhost.id}/processGroup`);
  return found.diagnostics
    .filter((d) => d.code === 'GROUP_NOT_VISIBLE')
    .map((d) =>
      warning(
        'INHERITED_GROUP_NOT_VISIBLE',
        d.path,
        `the server-scope WSGIProcessGroup ${name} applies here, but ${name} is defined in a virtual host with another ServerName: requests that do not choose another group answer 500`,
        d.apacheMessage,
      ),
    );
}
