import {
  restrictListInForce,
  type ModelIndex,
  type ResolveOutcome,
  type ServerModel,
  type TraceEntry,
} from '#apache';

/** How a tenant reads a group of another tenant, wherever the trace would name it. */
export const OTHER_TENANTS_GROUP = "another tenant's group";

const LIST_PHRASE = {
  'virtual-host': 'a restriction list set by the virtual host',
  server: 'a restriction list set by the server',
} as const;

/** A token that may be a group name (GROUP_NAME_PATTERN without its length bound). */
const NAME_TOKEN = /[A-Za-z0-9][A-Za-z0-9._:-]*/g;

/**
 * The resolve answer as a tenant may read it. outcomeIsTenants already refused every request outside his
 * own directories, but the answer still prints what applies there from the vhost and the server scope: an
 * inherited WSGIRestrictProcess lists every tenant's groups (bob would learn joe's), and a server or vhost
 * WSGIProcessGroup, SetEnv or map may name another tenant's group. So, for a tenant: an inherited list is
 * named only by where it was written, and every name of another tenant's daemon group (with the unix
 * account it runs as) is replaced by a neutral phrase. His own groups, shared ones and %{GLOBAL} stay.
 * A directory's own list is left as it is: it is the admin's offer to this tenant (allowedProcessGroups).
 */
export function tenantViewOfOutcome(
  model: ServerModel,
  index: ModelIndex,
  outcome: ResolveOutcome,
  tenantId: string,
): ResolveOutcome {
  const foreign = (name: string): boolean => {
    const group = index.groupsByName.get(name);
    return group !== undefined && group.tenantId !== null && group.tenantId !== tenantId;
  };
  const inherited = inheritedList(model, index, outcome);
  const hideText = (text: string): string => {
    const unlisted = inherited === null ? text : text.split(inherited.listed).join(inherited.phrase);
    return unlisted.replace(NAME_TOKEN, (token) => hideToken(token, foreign));
  };
  const groupHidden = outcome.processGroup !== null && foreign(outcome.processGroup);
  const trace = outcome.trace.map((entry): TraceEntry => {
    const source = hideText(entry.source);
    if (groupHidden && entry.step === 'run-as') {
      return {
        step: entry.step,
        source,
        detail: `the daemon runs as the unix account of ${OTHER_TENANTS_GROUP}`,
      };
    }
    if (inherited !== null && entry.step === 'restrict-list') {
      return { step: entry.step, source: inherited.phrase, detail: hideText(entry.detail) };
    }
    return { step: entry.step, source, detail: hideText(entry.detail) };
  });
  return {
    ...outcome,
    processGroup: groupHidden ? OTHER_TENANTS_GROUP : outcome.processGroup,
    runsAs: groupHidden ? null : outcome.runsAs,
    trace,
    ...(outcome.error !== undefined ? { error: hideText(outcome.error) } : {}),
  };
}

/**
 * The vhost's or server's list when it is the one in force at the file (no enclosing <Directory> has its
 * own), with the exact text the trace prints it as (wsgi-dispatch: `WSGIRestrictProcess <sorted list>`).
 */
function inheritedList(
  model: ServerModel,
  index: ModelIndex,
  outcome: ResolveOutcome,
): { listed: string; phrase: string } | null {
  const file = outcome.file;
  const vhost = outcome.virtualHostId === null ? undefined : index.vhostsById.get(outcome.virtualHostId);
  if (file === null || vhost === undefined) return null;
  const own = model.directories.some(
    (d) => d.virtualHostId === vhost.id && d.restrictProcess !== null && contains(d.path, file),
  );
  if (own) return null;
  const { list, scope } = restrictListInForce(model, vhost, null);
  // An empty list names nobody; its text ("WSGIRestrictProcess") is left alone.
  if (list === null || list.length === 0 || scope === null || scope === 'directory') return null;
  return {
    listed: `WSGIRestrictProcess ${[...list].sort().join(' ')}`.trimEnd(),
    phrase: LIST_PHRASE[scope],
  };
}

/** A token may carry sentence punctuation (`joe:1.`, `joe:1:`): the name is tried without it too. */
function hideToken(token: string, foreign: (name: string) => boolean): string {
  let name = token;
  for (;;) {
    if (foreign(name)) return OTHER_TENANTS_GROUP + token.slice(name.length);
    const shorter = name.replace(/[._:-]$/, '');
    if (shorter === name) return token;
    name = shorter;
  }
}

function contains(path: string, file: string): boolean {
  const root = path.replace(/\/+$/, '');
  return file === root || file.startsWith(`${root}/`);
}
