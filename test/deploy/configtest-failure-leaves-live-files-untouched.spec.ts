import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type ServerModel } from '#apache';
import { applyRevision, INCLUDE_FILE, type CommandTemplate, type DeployFile } from '#deploy';
import { seedProcessGroupMap } from '../../libs/apache/test-fixtures/seed-process-group-map.js';
import { describeWithApache } from '#test-support/apache/index.js';
import { file, inodeAndMtime, leftovers, makeSandbox, type Sandbox } from './support/deploy-sandbox.js';

const MODULES = ['mpm_event', 'authz_core', 'mime', 'env', 'alias', 'rewrite', 'wsgi'];

/**
 * The admin's recipe, in miniature: the main config Includes ${HOSTPLANE_INCLUDE}, which defaults to the live
 * include, and configtest overrides it with -C so Apache parses the staged revision instead.
 */
function privateMainConfig(sandbox: Sandbox): string {
  const path = join(sandbox.root, 'httpd.conf');
  writeFileSync(
    path,
    [
      'ServerRoot /etc/apache2',
      ...MODULES.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
      `PidFile ${sandbox.root}/httpd.pid`,
      `ErrorLog ${sandbox.root}/error.log`,
      'Listen 127.0.0.1:1',
      'ServerName main.test',
      '<IfDefine !HOSTPLANE_INCLUDE>',
      `Define HOSTPLANE_INCLUDE ${sandbox.configDir}/hostplane.conf`,
      '</IfDefine>',
      'Include ${HOSTPLANE_INCLUDE}',
      '',
    ].join('\n'),
  );
  return path;
}

/** The RewriteMap seed with a process-group map; tenant bob's unix account can be swapped for a missing one. */
function model(configDir: string, bobAccount = 'bob'): ServerModel {
  const m = seedProcessGroupMap();
  return {
    ...m,
    configDir,
    tenants: m.tenants.map((t) => ({ ...t, unixUser: bobAccount, unixGroup: 'bob' })),
    daemonGroups: m.daemonGroups.map((g) =>
      g.tenantId === null ? { ...g, user: 'www-data', group: 'www-data' } : { ...g, user: bobAccount },
    ),
  };
}

describeWithApache('configtest runs Apache on the staged revision before anything goes live', () => {
  let sandbox: Sandbox;
  let configtest: CommandTemplate;
  let a: DeployFile[];
  beforeAll(async () => {
    sandbox = makeSandbox();
    const main = privateMainConfig(sandbox);
    configtest = {
      argv: ['/usr/sbin/apache2', '-t', '-f', main, '-C', 'Define HOSTPLANE_INCLUDE {include}'],
    };
    a = render(model(sandbox.configDir));
    // First publish: the map exists only staged, so this also proves configtest reads staged maps.
    const first = await applyRevision({
      revision: 'A',
      files: a,
      previousFiles: [],
      target: sandbox.target,
      journalDir: sandbox.journalDir,
      configtest,
    });
    expect(first.failure).toBeNull();
    expect(first.status).toBe('live');
  });
  afterAll(() => sandbox.cleanup());

  const live = () =>
    a.map((f) => [readFileSync(sandbox.at(f.path), 'utf8'), inodeAndMtime(sandbox.at(f.path))]);

  it('AH00543 (a daemon user that does not exist) fails, blames the group and its vhost, changes nothing', async () => {
    const before = live();
    const b = render(model(sandbox.configDir, 'nosuchuser'));
    const result = await applyRevision({
      revision: 'B',
      files: b,
      previousFiles: a,
      target: sandbox.target,
      journalDir: sandbox.journalDir,
      configtest,
    });
    expect(result.status).toBe('failed');
    expect(result.failure?.output).toContain('AH00543');
    expect(result.failure?.attribution).toMatchObject({
      daemonGroup: 'bob:1',
      serverName: 'www.site.com',
      file: sandbox.at(INCLUDE_FILE),
    });
    expect(result.failure?.attribution?.enclosing[0]?.text).toMatch(/^<VirtualHost \*:80>/);
    expect(live()).toEqual(before);
    expect(leftovers(sandbox.root)).toEqual([]);
  });

  it('AH00526 (syntax error on line N) points at that line of the include file', async () => {
    const before = live();
    const include = a.find((f) => f.path === INCLUDE_FILE)?.content ?? '';
    const lines = include.split('\n');
    const at = lines.findIndex((l) => l.trim().startsWith('ServerName www.site.com'));
    lines.splice(at + 1, 0, '  BogusDirective on');
    const b = a.map((f) => (f.path === INCLUDE_FILE ? file(f.path, lines.join('\n')) : f));
    const result = await applyRevision({
      revision: 'C',
      files: b,
      previousFiles: a,
      target: sandbox.target,
      journalDir: sandbox.journalDir,
      configtest,
    });
    expect(result.status).toBe('failed');
    expect(result.failure?.attribution).toMatchObject({
      line: { line: at + 2, text: '  BogusDirective on' },
      serverName: 'www.site.com',
      daemonGroup: null,
    });
    expect(result.failure?.attribution?.message).toContain("Invalid command 'BogusDirective'");
    expect(live()).toEqual(before);
    expect(leftovers(sandbox.root)).toEqual([]);
  });
});
