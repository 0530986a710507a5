import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MODULES_DIR = '/usr/lib/apache2/modules';
const MODULES = [
  ['mpm_event_module', 'mod_mpm_event.so'],
  ['authz_core_module', 'mod_authz_core.so'],
  ['mime_module', 'mod_mime.so'],
  ['env_module', 'mod_env.so'],
  ['alias_module', 'mod_alias.so'],
  ['rewrite_module', 'mod_rewrite.so'],
  ['wsgi_module', 'mod_wsgi.so'],
] as const;

/**
 * A private main config for `apache2 -t` that includes whatever file the publish hands it through
 * `-C 'Define HOSTPLANE_INCLUDE {include}'` (the staged check copy of the new include), as a real
 * server's site file does with the documented configtest command (libs/deploy command-template.ts).
 */
export function writeApacheMainConfig(root: string): string {
  const run = join(root, 'run');
  mkdirSync(run, { recursive: true });
  const main = join(root, 'httpd.conf');
  writeFileSync(
    main,
    [
      'ServerRoot /etc/apache2',
      ...MODULES.map(([name, file]) => `LoadModule ${name} ${MODULES_DIR}/${file}`),
      `PidFile ${run}/httpd.pid`,
      `Mutex file:${run} default`,
      `DefaultRuntimeDir ${run}`,
      `ErrorLog ${root}/error.log`,
      'Listen 127.0.0.1:18398',
      'ServerName bench.invalid',
      'Include ${HOSTPLANE_INCLUDE}',
      '',
    ].join('\n'),
  );
  return main;
}
