/**
 * Issue 10 item 5. On Windows mod_wsgi is built without MOD_WSGI_WITH_DAEMONS, so WSGIDaemonProcess,
 * WSGISocketPrefix, WSGIRestrictEmbedded, WSGIRestrictProcess and WSGIProcessGroup are not in its command
 * table (mod_wsgi.c, `#if defined(MOD_WSGI_WITH_DAEMONS)` around their AP_INIT_* entries; the macro is
 * defined only `#ifndef WIN32`). Apache answers a directive no loaded module registers with one core text.
 * Windows Apache cannot run here; an Apache that does not register them (mod_wsgi not loaded) proves that
 * the text the platform rule quotes is the one Apache prints, line for line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithApache } from '#test-support/apache/index.js';
import { runApache } from '#test-support/apache/apache-control.js';
import { APACHE_MODULES_DIR } from '#test-support/apache/apache-paths.js';
import { validate } from './engine.js';
import { seedRestrictProcess } from '../../libs/apache/test-fixtures/seed-restrict-process.js';

const LINES: Record<string, string> = {
  WSGIDaemonProcess: 'WSGIDaemonProcess bob:1 user=bob group=bob threads=25',
  WSGISocketPrefix: 'WSGISocketPrefix /var/run/apache2/wsgi',
  WSGIRestrictEmbedded: 'WSGIRestrictEmbedded On',
  WSGIRestrictProcess: 'WSGIRestrictProcess bob:1 bob:2 bob:3',
  WSGIProcessGroup: 'WSGIProcessGroup %{ENV:PROCESS_GROUP}',
};

describeWithApache(
  'the Windows platform guard quotes what Apache prints for a directive nobody registers',
  () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'hp-win-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    async function configtest(line: string): Promise<string> {
      const file = join(dir, 'httpd.conf');
      writeFileSync(
        file,
        [
          `ServerRoot ${dir}`,
          'Listen 127.0.0.1:9',
          `PidFile ${dir}/pid`,
          `ErrorLog ${dir}/error.log`,
          `LoadModule mpm_event_module ${APACHE_MODULES_DIR}/mod_mpm_event.so`,
          `LoadModule authz_core_module ${APACHE_MODULES_DIR}/mod_authz_core.so`,
          line,
          '',
        ].join('\n'),
      );
      const result = await runApache(['-t', '-f', file]);
      expect(result.ok).toBe(false);
      return result.output;
    }

    it.each(Object.entries(LINES))('%s', async (directive, line) => {
      const model = { ...seedRestrictProcess(), platform: 'windows' as const, restrictEmbedded: true };
      model.restrictProcess = ['bob:1'];
      const quoted = new Set(
        validate(model)
          .filter((d) => d.code === 'NOT_AVAILABLE_ON_WINDOWS')
          .map((d) => d.apacheMessage),
      );
      const printed = (await configtest(line)).split('\n').map((l) => l.trim());
      const message = printed.find((l) => l.startsWith('Invalid command'));
      expect(message).toBe(
        `Invalid command '${directive}', perhaps misspelled or defined by a module not included in the server configuration`,
      );
      expect(quoted.has(message)).toBe(true);
    });
  },
);
