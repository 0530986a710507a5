import type { ConfigDirective } from '../config-files/config-directive.js';
import type { Directory, VirtualHost, WsgiMount } from '../model/server-model.js';
import { containingDirectories } from '../validate/wsgi-mounts.rule.js';
import { type ImportLedger, where } from './import-ledger.js';
import { LOST_IN_VHOST } from './import-result.js';
import type { ImportTenants } from './import-tenants.js';

/** The WSGIScriptAlias options mod_wsgi 4.9 accepts (wsgi_add_script_alias), by their model field. */
const OPTIONS = {
  'process-group': 'processGroup',
  'application-group': 'applicationGroup',
  'callable-object': 'callableObject',
} as const;

export function isScriptAlias(d: ConfigDirective): boolean {
  return d.nameKey === 'wsgiscriptalias' || d.nameKey === 'wsgiscriptaliasmatch';
}

/**
 * `WSGIScriptAlias url script [options]` (or WSGIScriptAliasMatch) of an adopted vhost as a mount. The owner is the
 * tenant of the deepest adopted <Directory> around the script (the only place a tenant's script may lie); a script in
 * none is an admin's app. A tenant's mount without process-group= runs in the WSGIProcessGroup in force at the script
 * (its directory's, else the vhost's): a literal one is written onto the mount, which is what Apache does with it.
 * A line whose options Hostplane does not model (mod_wsgi would refuse them) is listed as lost.
 */
export function importWsgiMount(
  d: ConfigDirective,
  vhost: VirtualHost,
  directories: readonly Directory[],
  tenants: Pick<ImportTenants, 'nameOf'>,
  ledger: ImportLedger,
): WsgiMount | null {
  const [url, script, ...rest] = d.args;
  if (url === undefined || script === undefined) {
    ledger.leave(d, LOST_IN_VHOST);
    return null;
  }
  const match = d.nameKey === 'wsgiscriptaliasmatch';
  const mount: WsgiMount = {
    id: `m:${vhost.id}:${match ? '~' : ''}${url}`,
    virtualHostId: vhost.id,
    tenantId: null,
    urlPath: match ? null : url,
    urlPattern: match ? url : null,
    script,
    processGroup: null,
    applicationGroup: null,
    callableObject: null,
    passAuthorization: null,
  };
  for (const option of rest) {
    const eq = option.indexOf('=');
    // Compared as written, like mod_wsgi (test/oracle/wsgi-mounts/mount-config-time-checks.oracle.spec.ts).
    const name = option.slice(0, Math.max(eq, 0));
    const value = option.slice(eq + 1);
    if (eq > 0 && name in OPTIONS) mount[OPTIONS[name as keyof typeof OPTIONS]] = value;
    else if (eq > 0 && name === 'pass-authorization' && /^(on|off)$/i.test(value))
      mount.passAuthorization = value.toLowerCase() === 'on';
    else {
      ledger.leave(d, `${LOST_IN_VHOST} (${option}: an option Hostplane does not model)`);
      return null;
    }
  }
  const around = containingDirectories(directories, script);
  const owner = around[around.length - 1];
  if (owner !== undefined) {
    mount.tenantId = owner.tenantId;
    ledger.infer(
      `the mount ${url} of ${vhost.serverName} belongs to tenant ${tenants.nameOf(owner.tenantId) ?? owner.tenantId}`,
      `its script ${script} lies in <Directory ${owner.path}> (${where(d)})`,
    );
    if (mount.processGroup === null) {
      const inForce = [...around].reverse().find((dir) => dir.processGroup !== null)?.processGroup;
      const group = inForce ?? vhost.processGroup;
      if (group !== null && !group.includes('%{')) {
        mount.processGroup = group;
        ledger.infer(
          `the mount ${url} of ${vhost.serverName} runs in ${group}`,
          `the WSGIProcessGroup in force at its script (${where(d)} has no process-group=)`,
        );
      }
    }
  }
  return mount;
}
