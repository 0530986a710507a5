import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, ServerModel } from '../model/server-model.js';
import { error, paths } from './diagnostics.js';
import type { ModelIndex } from './model-index.js';
import { mountPath } from './wsgi-mounts.rule.js';

export const WINDOWS_CODE = 'NOT_AVAILABLE_ON_WINDOWS';

/**
 * mod_wsgi registers WSGIDaemonProcess, WSGISocketPrefix, WSGIRestrictEmbedded, WSGIRestrictProcess and
 * WSGIProcessGroup only `#if defined(MOD_WSGI_WITH_DAEMONS)`, which is never defined on WIN32 (mod_wsgi.c's
 * command table): Apache then refuses the line with its core text for an unknown directive. The text is
 * proven on a real Apache that does not register them (test/oracle/windows-platform-guard.oracle.spec.ts).
 */
export function invalidCommand(directive: string): string {
  return `Invalid command '${directive}', perhaps misspelled or defined by a module not included in the server configuration`;
}

/** wsgi_add_script_alias accepts `process-group=` only `#if defined(MOD_WSGI_WITH_DAEMONS)`. */
export const INVALID_SCRIPT_ALIAS_OPTION = 'Invalid option to WSGI script alias definition.';

const WHY = 'mod_wsgi has no daemon mode on Windows (WSGIDaemonProcess.rst, WSGIProcessGroup.rst)';

function refused(path: string, what: string, directive: string): Diagnostic {
  return error(WINDOWS_CODE, path, `${what}: ${WHY}`, invalidCommand(directive));
}

/**
 * A server with platform "windows" refuses daemon groups, every process-group selection and restriction
 * lists (the seeds' last paragraphs): Apache would refuse each line that expresses them.
 */
export function checkPlatform({ model }: ModelIndex): Diagnostic[] {
  if (model.platform !== 'windows') return [];
  return [
    ...serverSettings(model),
    ...model.daemonGroups.map((g) =>
      refused(paths.group(g.id, 'name'), `daemon group ${g.name}`, 'WSGIDaemonProcess'),
    ),
    ...model.virtualHosts.flatMap((v) => {
      const out: Diagnostic[] = [];
      if (v.processGroup !== null)
        out.push(refused(paths.vhost(v.id, 'processGroup'), 'WSGIProcessGroup', 'WSGIProcessGroup'));
      if (v.restrictProcess !== null && v.restrictProcess !== undefined)
        out.push(refused(paths.vhost(v.id, 'restrictProcess'), 'WSGIRestrictProcess', 'WSGIRestrictProcess'));
      if (v.processGroupMap !== null) {
        const what = 'a process-group map (it feeds WSGIProcessGroup %{ENV:…})';
        out.push(refused(paths.vhost(v.id, 'processGroupMap'), what, 'WSGIProcessGroup'));
      }
      return out;
    }),
    ...model.directories.flatMap((d) => checkDirectoryPlatform(model, d)),
    ...(model.wsgiMounts ?? [])
      .filter((m) => m.processGroup !== null)
      .map((m) =>
        error(
          WINDOWS_CODE,
          mountPath(m.id, 'processGroup'),
          `process-group= on WSGIScriptAlias: ${WHY}`,
          INVALID_SCRIPT_ALIAS_OPTION,
        ),
      ),
  ];
}

function serverSettings(model: ServerModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (model.socketPrefix !== null)
    out.push(refused(paths.server('socketPrefix'), 'WSGISocketPrefix', 'WSGISocketPrefix'));
  if (model.restrictEmbedded)
    out.push(refused(paths.server('restrictEmbedded'), 'WSGIRestrictEmbedded On', 'WSGIRestrictEmbedded'));
  if (model.restrictProcess !== null && model.restrictProcess !== undefined)
    out.push(refused(paths.server('restrictProcess'), 'WSGIRestrictProcess', 'WSGIRestrictProcess'));
  if (model.processGroup !== null && model.processGroup !== undefined)
    out.push(refused(paths.server('processGroup'), 'WSGIProcessGroup', 'WSGIProcessGroup'));
  return out;
}

/**
 * One directory's part, also run by validateDirectory (a tenant's .htaccess edit). A delegation rule is a
 * plain SetEnv Apache would accept, but it selects a daemon group through WSGIProcessGroup %{ENV:…}, which
 * cannot exist there: refused too, so nobody believes it does something.
 */
export function checkDirectoryPlatform(model: ServerModel, dir: Directory): Diagnostic[] {
  if (model.platform !== 'windows') return [];
  const out: Diagnostic[] = [];
  if (dir.processGroup !== null)
    out.push(refused(paths.directory(dir.id, 'processGroup'), 'WSGIProcessGroup', 'WSGIProcessGroup'));
  if (dir.restrictProcess !== null)
    out.push(
      refused(paths.directory(dir.id, 'restrictProcess'), 'WSGIRestrictProcess', 'WSGIRestrictProcess'),
    );
  dir.rules.forEach((rule, i) => {
    out.push(
      refused(
        paths.rule(dir.id, i, 'processGroup'),
        `delegating ${rule.files ?? rule.filesMatch ?? 'a script'} to ${rule.processGroup}`,
        'WSGIProcessGroup',
      ),
    );
  });
  return out;
}
