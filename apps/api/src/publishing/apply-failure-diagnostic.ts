import { asciiLower, type ServerModel } from '#apache';
import type { ApiDiagnostic } from '../platform/errors/diagnostic.js';
import type { ApplyFailureReport } from './applier/applier.port.js';

/**
 * Turns a failed apply into one diagnostic pointing at the model object Apache blamed: the daemon group a
 * bad `user=` belongs to, else the <Directory>, else the <VirtualHost>, else the server. A preflight
 * refusal is Hostplane's own check on the web server, never worded as Apache's.
 */
export function applyFailureDiagnostic(failure: ApplyFailureReport, model: ServerModel): ApiDiagnostic {
  const apacheMessage = failure.attribution?.message ?? firstLine(failure.output) ?? failure.message;
  if (failure.step === 'preflight') return preflightDiagnostic(failure, model, apacheMessage);
  if (failure.step !== 'configtest') {
    return {
      code: failure.step === 'probe' ? 'PROBE_FAILED' : `APPLY_${failure.step.toUpperCase()}_FAILED`,
      severity: 'error',
      path: '/server',
      message: `${failure.step} failed: ${failure.message}; the previous files were restored.`,
      ...(apacheMessage !== '' ? { apacheMessage } : {}),
    };
  }
  const where = failure.attribution?.line;
  return {
    code: 'APACHE_CONFIGTEST_FAILED',
    severity: 'error',
    path: blamedPath(failure, model),
    message: `Apache refused the configuration${where ? ` at line ${where.line} (${where.text.trim()})` : ''}: ${apacheMessage}`,
    apacheMessage,
  };
}

/**
 * Apache never saw these files: the preflight read the python-home on the web server before the configtest.
 * `apacheMessage` carries the problem alone (what mod_wsgi would otherwise fail on, per request).
 */
function preflightDiagnostic(
  failure: ApplyFailureReport,
  model: ServerModel,
  problem: string,
): ApiDiagnostic {
  const group = failure.attribution?.daemonGroup;
  const subject = group ? `the python-home of daemon group ${group}` : 'a python-home';
  return {
    code: 'PYTHON_HOME_PREFLIGHT_FAILED',
    severity: 'error',
    path: blamedPath(failure, model),
    message: `The preflight on the web server refused ${subject}: ${problem}. Apache was not asked; the live configuration is unchanged.`,
    apacheMessage: problem,
  };
}

function blamedPath(failure: ApplyFailureReport, model: ServerModel): string {
  const a = failure.attribution;
  if (a === null) return '/server';
  const vhosts = a.serverName === null ? [] : model.virtualHosts.filter((v) => v.serverName === a.serverName);
  if (a.daemonGroup !== null) {
    // mod_wsgi compares group names with strcasecmp (ASCII folding only), as daemon_groups.name_key does.
    const key = asciiLower(a.daemonGroup);
    const group =
      model.daemonGroups.find(
        (g) => asciiLower(g.name) === key && vhosts.some((v) => v.id === g.virtualHostId),
      ) ?? model.daemonGroups.find((g) => asciiLower(g.name) === key);
    if (group !== undefined) return `/daemon-groups/${group.id}`;
  }
  const directoryPath = [...a.enclosing]
    .reverse()
    .map((c) => /^\s*<Directory\s+"?([^">]+)"?\s*>/i.exec(c.text)?.[1])
    .find((p) => p !== undefined);
  if (directoryPath !== undefined) {
    const directory = model.directories.find(
      (d) =>
        d.path === directoryPath && (vhosts.length === 0 || vhosts.some((v) => v.id === d.virtualHostId)),
    );
    if (directory !== undefined) return `/directories/${directory.id}`;
  }
  const vhost = vhosts[0];
  return vhost === undefined ? '/server' : `/virtual-hosts/${vhost.id}`;
}

function firstLine(text: string): string | undefined {
  return text
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim();
}
