import type { Diagnostic } from '../model/diagnostic.js';
import type { ServerModel } from '../model/server-model.js';
import { error, paths, warning } from '../validate/diagnostics.js';
import { factSubjectOf, type FactSubject } from './fact-subject.js';
import { MODULE_OF } from './module-uses.js';
import { majorMinor, type ServerFacts } from './server-facts.js';

/** A diagnostic from the agent's facts, with both sides of the contradiction. */
export interface FactDiagnostic extends Diagnostic {
  code: FactCode;
  declared: string | null;
  reported: string | null;
}

export const FACT_CODES = [
  'MOD_WSGI_VERSION_DIFFERS',
  'PYTHON_VERSION_DIFFERS',
  'MOD_WSGI_NOT_LOADED',
  'MODULE_NOT_LOADED',
  'UNIX_USER_MISSING',
  'UNIX_GROUP_MISSING',
] as const;
export type FactCode = (typeof FACT_CODES)[number];

/**
 * Where the server, as its agent last reported it, contradicts the model (issue 12, docs/rules.md §16).
 * Without facts (null: no agent, or it never sent them) there is nothing to say. A fact the agent did not
 * send contradicts nothing.
 *
 * Severities: what Apache or mod_wsgi would refuse is an error — a missing user or group (the configtest
 * fails: "bad user name"), a module the rendered config needs, and a Python X.Y other than the declared one
 * (the preflight would pass venvs mod_wsgi cannot load; only requests would fail). A mod_wsgi X.Y other than
 * the declared one is a warning: the validator checked options for the declared version, and the configtest
 * still refuses any option the real one lacks.
 */
export function checkFacts(subject: FactSubject, facts: ServerFacts | null): FactDiagnostic[] {
  if (facts === null) return [];
  return [...versions(subject, facts), ...modules(subject, facts), ...identities(subject, facts)];
}

/** checkFacts over a whole model. */
export function checkServerFacts(model: ServerModel, facts: ServerFacts | null): FactDiagnostic[] {
  return facts === null ? [] : checkFacts(factSubjectOf(model), facts);
}

function versions(subject: FactSubject, facts: ServerFacts): FactDiagnostic[] {
  const out: FactDiagnostic[] = [];
  const wsgi = facts.modWsgiVersion ?? null;
  if (wsgi !== null && majorMinor(wsgi) !== subject.modWsgiVersion) {
    out.push({
      ...warning(
        'MOD_WSGI_VERSION_DIFFERS',
        paths.server('modWsgiVersion'),
        `The server runs mod_wsgi ${wsgi}; the model declares ${subject.modWsgiVersion}, and its options were checked for that version.`,
      ),
      code: 'MOD_WSGI_VERSION_DIFFERS',
      declared: subject.modWsgiVersion,
      reported: wsgi,
    });
  }
  const declared = subject.pythonVersion ?? null;
  const python = facts.pythonVersion ?? null;
  if (declared !== null && python !== null && majorMinor(python) !== declared) {
    out.push({
      ...error(
        'PYTHON_VERSION_DIFFERS',
        paths.server('pythonVersion'),
        `mod_wsgi on the server embeds Python ${python}; the model declares ${declared}, so virtualenvs would be checked against the wrong X.Y. Set the server's pythonVersion to ${majorMinor(python)}.`,
      ),
      code: 'PYTHON_VERSION_DIFFERS',
      declared,
      reported: python,
    });
  }
  return out;
}

function modules(subject: FactSubject, facts: ServerFacts): FactDiagnostic[] {
  if (facts.modules === undefined) return [];
  const loaded = new Set(facts.modules);
  const out: FactDiagnostic[] = [];
  if (!loaded.has('wsgi_module')) {
    out.push({
      ...error(
        'MOD_WSGI_NOT_LOADED',
        '/server',
        'Apache does not load mod_wsgi (no wsgi_module in apache2ctl -M): every WSGI directive of the include would be refused.',
      ),
      code: 'MOD_WSGI_NOT_LOADED',
      declared: 'wsgi_module',
      reported: null,
    });
  }
  for (const use of subject.moduleUses) {
    const module = MODULE_OF[use.directive];
    if (loaded.has(module)) continue;
    out.push({
      ...error(
        'MODULE_NOT_LOADED',
        use.path,
        `The rendered config uses ${use.directive}, but Apache does not load ${module} (apache2ctl -M); enable it (a2enmod ${module.replace(/_module$/, '')}).`,
        `Invalid command '${use.directive === 'RewriteMap' ? 'RewriteEngine' : use.directive}', perhaps misspelled or defined by a module not included in the server configuration`,
      ),
      code: 'MODULE_NOT_LOADED',
      declared: module,
      reported: null,
    });
  }
  return out;
}

function identities(subject: FactSubject, facts: ServerFacts): FactDiagnostic[] {
  const user = missingTest(facts.unixUsers, facts.missingUnixUsers);
  const group = missingTest(facts.unixGroups, facts.missingUnixGroups);
  const out: FactDiagnostic[] = [];
  for (const g of subject.daemonGroups) {
    if (g.user !== null && user(g.user)) out.push(missing('user', g.id, g.name, g.user));
    if (g.group !== null && group(g.group)) out.push(missing('group', g.id, g.name, g.group));
  }
  return out;
}

/**
 * A name is missing when the agent says so; an older agent lists only the names that exist, so there a name
 * it did not list is missing. Numeric ids (#1000) are not names getent was asked about.
 */
function missingTest(
  found: readonly string[] | undefined,
  missingNames: readonly string[] | undefined,
): (name: string) => boolean {
  if (missingNames !== undefined) {
    const set = new Set(missingNames);
    return (name) => set.has(name);
  }
  if (found === undefined) return () => false;
  const set = new Set(found);
  return (name) => !name.startsWith('#') && !set.has(name);
}

function missing(what: 'user' | 'group', groupId: string, groupName: string, name: string): FactDiagnostic {
  const code = what === 'user' ? 'UNIX_USER_MISSING' : 'UNIX_GROUP_MISSING';
  return {
    ...error(
      code,
      paths.group(groupId, what),
      `Daemon group ${groupName} runs as ${what} ${name}, which does not exist on the server: Apache's configtest would refuse the configuration. Create the ${what} on the server or change ${what}=.`,
      `bad ${what} name ${name}`,
    ),
    code,
    declared: name,
    reported: null,
  };
}
