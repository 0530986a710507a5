/**
 * Which modules the rendered config needs (libs/apache/src/facts/module-uses.ts), proven on a real Apache:
 * a model using every construct (a process-group map, SetEnv, Alias, AddHandler, a WSGIScriptAlias mount)
 * passes `apache2 -t` with the oracle's modules; without one of them the configtest fails with the text
 * checkServerFacts() quotes for that module, and WSGIScriptAlias needs no mod_alias.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { seedProcessGroupMap } from '../../../libs/apache/test-fixtures/seed-process-group-map.js';
import { checkServerFacts, MODULE_OF } from '../../../libs/apache/src/facts/index.js';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';
import { runApache } from '#test-support/apache/apache-control.js';
import { renderMainConfig } from '#test-support/apache/main-config.js';
import type { ServerModel } from '../engine.js';
import { deployModel } from '../proof/deploy-model.js';
import { adaptSeed } from '../seeds/adapt-seed.js';

const ALL_MODULES = ['wsgi_module', ...Object.values(MODULE_OF)];

function buildModel(root: string, port: number): ServerModel {
  const model = adaptSeed(seedProcessGroupMap(), { root, port });
  const vhost = model.virtualHosts[0]!;
  model.directories.push({
    id: 'dir-app',
    virtualHostId: vhost.id,
    tenantId: 'tn-bob',
    path: `${vhost.documentRoot}/app`,
    urlPath: '/aliased',
    allowOverride: ['None'],
    options: ['ExecCGI'],
    handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
    restrictProcess: null,
    processGroup: null,
    env: { APP: 'on' },
    rules: [],
  });
  model.wsgiMounts = [
    {
      id: 'm1',
      virtualHostId: vhost.id,
      tenantId: null,
      urlPath: '/mounted',
      urlPattern: null,
      script: `${vhost.documentRoot}/app/a.wsgi`,
      processGroup: null,
      applicationGroup: null,
      callableObject: null,
      passAuthorization: null,
    },
  ];
  return model;
}

describeWithApache('the modules a rendered config needs, by apache2 -t', () => {
  let apache: ApacheInstance;
  let model: ServerModel;

  /** apache2 -t with the oracle's main config minus the LoadModule lines of `without`. */
  const configtestWithout = (without: readonly string[]) => {
    const text = renderMainConfig({ root: apache.root, port: apache.port, includeFiles: apache.includeFiles })
      .split('\n')
      .filter((line) => !without.some((m) => line.startsWith(`LoadModule ${m} `)))
      // The main config's own TypesConfig is mod_mime's too.
      .filter((line) => !(without.includes('mime_module') && line.startsWith('TypesConfig ')))
      .join('\n');
    const file = `${apache.root}/httpd-without.conf`;
    writeFileSync(file, text);
    return runApache(['-t', '-f', file]);
  };

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'wsgi']);
    apache = await ApacheInstance.create();
    model = buildModel(apache.root, apache.port);
    deployModel(apache, model, { scripts: [`${model.directories.at(-1)!.path}/a.wsgi`] });
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it('with every module the config is accepted, and the facts rule finds nothing missing', async () => {
    expect((await configtestWithout([])).output).toContain('Syntax OK');
    expect(checkServerFacts(model, { modules: ALL_MODULES })).toEqual([]);
  });

  it.each(Object.values(MODULE_OF))(
    'without %s the configtest fails with the quoted text',
    async (module) => {
      const result = await configtestWithout([module]);
      expect(result.ok).toBe(false);
      const found = checkServerFacts(model, { modules: ALL_MODULES.filter((m) => m !== module) });
      expect(found.map((d) => [d.code, d.declared])).toEqual([['MODULE_NOT_LOADED', module]]);
      expect(result.output).toContain(found[0]!.apacheMessage);
    },
  );

  it('WSGIScriptAlias is mod_wsgi’s own: without mod_alias only the Alias line is refused', async () => {
    const withoutAlias = model.directories.map((d) => ({ ...d, urlPath: null }));
    const mountsOnly: ServerModel = { ...model, directories: withoutAlias };
    deployModel(apache, mountsOnly, { scripts: [] });
    expect((await configtestWithout(['alias_module'])).output).toContain('Syntax OK');
    expect(
      checkServerFacts(mountsOnly, { modules: ALL_MODULES.filter((m) => m !== 'alias_module') }),
    ).toEqual([]);
  });
});
