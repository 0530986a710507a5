import type { AgentFacts } from './agent-report.dto.js';
import type { FactMismatch } from './fleet-status.dto.js';

/** What the model declares about a server that its agent's facts can contradict. */
export interface DeclaredFacts {
  modWsgiVersion: string;
  /** null: not declared (nothing to compare). */
  pythonVersion: string | null;
  groups: readonly { id: string; name: string; user: string | null; group: string | null }[];
}

/** "4.9.4" → "4.9": the model declares X.Y. */
export function majorMinor(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/**
 * Where the server differs from what the model says (keep in step with FleetRepository's `mismatch` SQL).
 * A fact the agent did not send (an older agent, a command that failed) contradicts nothing.
 */
export function factMismatches(declared: DeclaredFacts, facts: AgentFacts | null): FactMismatch[] {
  if (facts === null) return [];
  const found: FactMismatch[] = [];
  const reportedWsgi = facts.modWsgiVersion ?? null;
  if (reportedWsgi !== null && majorMinor(reportedWsgi) !== declared.modWsgiVersion) {
    found.push({
      code: 'MOD_WSGI_VERSION_DIFFERS',
      path: '/server/modWsgiVersion',
      message: `The server runs mod_wsgi ${reportedWsgi}; the model declares ${declared.modWsgiVersion}.`,
      declared: declared.modWsgiVersion,
      reported: reportedWsgi,
    });
  }
  const reportedPython = facts.pythonVersion ?? null;
  if (
    declared.pythonVersion !== null &&
    reportedPython !== null &&
    majorMinor(reportedPython) !== declared.pythonVersion
  ) {
    found.push({
      code: 'PYTHON_VERSION_DIFFERS',
      path: '/server/pythonVersion',
      message: `mod_wsgi runs Python ${reportedPython}; the model declares ${declared.pythonVersion}.`,
      declared: declared.pythonVersion,
      reported: reportedPython,
    });
  }
  if (facts.modules !== undefined && !facts.modules.includes('wsgi_module')) {
    found.push({
      code: 'MOD_WSGI_NOT_LOADED',
      path: '/server',
      message: 'Apache does not load mod_wsgi (no wsgi_module in apache2ctl -M).',
      declared: 'wsgi_module',
      reported: null,
    });
  }
  const users = facts.unixUsers === undefined ? null : new Set(facts.unixUsers);
  const groups = facts.unixGroups === undefined ? null : new Set(facts.unixGroups);
  for (const g of declared.groups) {
    if (users !== null && g.user !== null && !users.has(g.user)) {
      found.push(missing('UNIX_USER_MISSING', `/daemonGroups/${g.id}/user`, g.name, 'user', g.user));
    }
    if (groups !== null && g.group !== null && !groups.has(g.group)) {
      found.push(missing('UNIX_GROUP_MISSING', `/daemonGroups/${g.id}/group`, g.name, 'group', g.group));
    }
  }
  return found;
}

function missing(
  code: 'UNIX_USER_MISSING' | 'UNIX_GROUP_MISSING',
  path: string,
  groupName: string,
  what: 'user' | 'group',
  name: string,
): FactMismatch {
  return {
    code,
    path,
    message: `Daemon group ${groupName} runs as ${what} ${name}, which does not exist on the server (mod_wsgi would refuse to start it).`,
    declared: name,
    reported: null,
  };
}
