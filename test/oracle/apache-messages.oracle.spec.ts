/**
 * Every mistake whose Apache/mod_wsgi message the validator quotes, made by hand on a real Apache:
 * config-time mistakes must fail `apache2 -t` with exactly that text, request-time mistakes must answer
 * 500 and log exactly that text.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';
import { CONFIG_MISTAKES } from './mistakes/config-mistakes.js';
import { REQUEST_MISTAKES } from './mistakes/request-mistakes.js';
import { HTACCESS_ONLY, MODEL_MISTAKES } from './mistakes/model-mistakes.js';
import { parseHtaccess, validate } from './engine.js';
import { seedRestrictProcess } from '../../libs/apache/test-fixtures/seed-restrict-process.js';

/** Request mistakes share keys with config mistakes in one table; this one needs its own key there. */
const modelKey = (key: string) => (key === 'unknown-group' ? 'unknown-group-at-request' : key);

describe('validate() refuses the same mistakes, quoting the text Apache prints', () => {
  it('accepts the unmodified seed', () => {
    expect(validate(seedRestrictProcess()).filter((d) => d.severity === 'error')).toEqual([]);
  });

  const cases = [
    ...CONFIG_MISTAKES.map((m) => [m.key, m.key, m.apacheMessage] as const),
    ...REQUEST_MISTAKES.filter((m) => !HTACCESS_ONLY.has(m.key)).map(
      (m) => [m.key, modelKey(m.key), m.apacheMessage] as const,
    ),
  ].filter(([, key]) => typeof MODEL_MISTAKES[key] === 'function');

  it.each(cases)('%s', (_name, key, apacheMessage) => {
    const mistake = MODEL_MISTAKES[key];
    if (typeof mistake !== 'function') throw new Error(`no model mistake for ${key}`);
    const model = seedRestrictProcess();
    mistake(model);
    const errors = validate(model).filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.apacheMessage)).toContain(apacheMessage);
  });

  it.each(REQUEST_MISTAKES.filter((m) => HTACCESS_ONLY.has(m.key)).map((m) => [m.key, m.htaccess] as const))(
    'parseHtaccess refuses %s',
    (_key, text) => {
      expect(
        parseHtaccess(text, { allowOverride: ['FileInfo'] }).diagnostics.some((d) => d.severity === 'error'),
      ).toBe(true);
    },
  );

  it('names every mistake it cannot model', () => {
    const unmodelled = Object.entries(MODEL_MISTAKES).filter(([, m]) => typeof m === 'string');
    expect(unmodelled.map(([key]) => key).sort()).toEqual([
      'restrict-embedded-in-vhost',
      'socket-prefix-in-vhost',
      'unknown-group',
      'unknown-user',
    ]);
  });
});

describeWithApache('Apache refuses the mistakes the validator refuses, with the same text', () => {
  let apache: ApacheInstance;

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create({ globalDirectives: ['WSGIRestrictEmbedded On'] });
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  describe('apache2 -t', () => {
    it('accepts the baseline the mistakes are made in', async () => {
      const include = `${apache.root}/ok.conf`;
      apache.writeFile(include, `<VirtualHost *:${apache.port}>\nServerName ok.example\n</VirtualHost>\n`);
      apache.includeFiles = [include];
      const result = await apache.configtest();
      expect(result.output).toContain('Syntax OK');
      expect(result.ok).toBe(true);
    });

    it.each(CONFIG_MISTAKES.map((m) => [m.key, m] as const))('%s', async (key, mistake) => {
      const include = `${apache.root}/mistake-${key}.conf`;
      const vhost = (body: string, serverName = 'www.site.com') =>
        `<VirtualHost *:${apache.port}>\nServerName ${serverName}\n${body}\n</VirtualHost>\n`;
      apache.writeFile(include, mistake.config(vhost));
      apache.includeFiles = [include];
      const result = await apache.configtest();
      expect(result.ok).toBe(false);
      expect(result.output).toContain(mistake.apacheMessage);
    });
  });

  describe('requests', () => {
    beforeAll(async () => {
      const include = `${apache.root}/requests.conf`;
      const directories = REQUEST_MISTAKES.map((m) => {
        const dir = `${apache.root}/home/bob/${m.key}`;
        apache.writeFile(`${dir}/.htaccess`, m.htaccess);
        apache.writeProbe(`${dir}/${m.script}`);
        return `Alias /m/${m.key} ${dir}
<Directory ${dir}>
Options ExecCGI
AllowOverride FileInfo
AddHandler wsgi-script .wsgi
WSGIRestrictProcess ${m.restrict}
SetEnv PROCESS_GROUP bob:1
</Directory>`;
      });
      apache.writeFile(
        include,
        `<VirtualHost *:${apache.port}>
ServerName www.site.com
WSGIDaemonProcess bob:1 user=bob group=bob processes=1 threads=1
WSGIDaemonProcess bob:2 user=bob group=bob processes=1 threads=1
WSGIDaemonProcess joe:1 user=joe group=joe processes=1 threads=1
WSGIProcessGroup %{ENV:PROCESS_GROUP}
${directories.join('\n')}
</VirtualHost>
<VirtualHost *:${apache.port}>
ServerName other.example
WSGIDaemonProcess other:1 user=joe group=joe processes=1 threads=1
</VirtualHost>
`,
      );
      apache.includeFiles = [include];
      await apache.start();
    });

    it.each(REQUEST_MISTAKES.map((m) => [m.key, m] as const))('%s', async (key, mistake) => {
      const mark = apache.logMark();
      const response = await apache.request('www.site.com', `/m/${key}/${mistake.script}`);
      expect(response.status).toBe(mistake.status);
      const log = await apache.waitForLog(mark, mistake.apacheMessage);
      expect(log).toContain(mistake.apacheMessage);
    });
  });
});
