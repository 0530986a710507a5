import type { Diagnostic } from '../model/diagnostic.js';

export function error(code: string, path: string, message: string, apacheMessage?: string): Diagnostic {
  return apacheMessage === undefined
    ? { code, severity: 'error', path, message }
    : { code, severity: 'error', path, message, apacheMessage };
}

export function warning(code: string, path: string, message: string, apacheMessage?: string): Diagnostic {
  return apacheMessage === undefined
    ? { code, severity: 'warning', path, message }
    : { code, severity: 'warning', path, message, apacheMessage };
}

/** JSON-pointer escaping for keys that become path segments (env names, option names). */
export function segment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export const paths = {
  server: (field: string) => `/server/${field}`,
  group: (id: string, field: string) => `/daemon-groups/${id}/${field}`,
  vhost: (id: string, field: string) => `/virtual-hosts/${id}/${field}`,
  tenant: (id: string, field: string) => `/tenants/${id}/${field}`,
  directory: (id: string, field: string) => `/directories/${id}/${field}`,
  rule: (id: string, index: number, field: string) => `/directories/${id}/rules/${index}/${field}`,
};

/** mod_wsgi 4.9.4 runtime error texts (spec §2.6), which the API quotes as apacheMessage. */
export const apacheText = {
  notInRestrictList: (name: string) =>
    `Daemon process called '${name}' cannot be accessed by this WSGI application as not a member of allowed groups`,
  notVisible: (name: string) => `Daemon process called '${name}' cannot be accessed by this WSGI application`,
  unknownGroup: (name: string) => `No WSGI daemon process called '${name}' has been configured`,
  embeddedDisabled: 'Embedded mode of mod_wsgi disabled by runtime configuration',
};
