/**
 * The two seed models (WSGIRestrictProcess.rst and the RewriteMap example of WSGIProcessGroup.rst) go through
 * validate → render → a real Apache; every request's real status, process group and unix identity must
 * equal resolve()'s prediction, and every 500's error-log text must equal resolve().error.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedProcessGroupMap } from '../../libs/apache/test-fixtures/seed-process-group-map.js';
import { seedRestrictProcess } from '../../libs/apache/test-fixtures/seed-restrict-process.js';
import {
  ApacheInstance,
  describeWithApache,
  ensureUnixUsers,
  PROBE_WSGI_SOURCE,
  writeRenderedFiles,
} from '#test-support/apache/index.js';
import { compareRequest, isMatch } from './compare/compare-request.js';
import { createResolver, render, validate, type HtaccessRule, type ServerModel } from './engine.js';
import { handWrittenHtaccess } from './differential/hand-written-rule.js';
import { adaptSeed } from './seeds/adapt-seed.js';

interface SeedScenario {
  name: string;
  build: (site: { root: string; port: number }) => ServerModel;
  /** Rules a tenant writes by hand that the validator would refuse (directory id → rules). */
  handRules: Record<string, HtaccessRule[]>;
  scripts: (model: ServerModel) => string[];
  requests: [host: string, path: string][];
  /** What the documentation promises, checked on top of the resolver comparison. */
  promised: [host: string, path: string, status: number, group: string | null][];
}

const SCENARIOS: SeedScenario[] = [
  {
    name: 'WSGIRestrictProcess.rst',
    build: (site) => adaptSeed(seedRestrictProcess(), site),
    handRules: { 'dir-bob': [{ files: 'joe.wsgi', processGroup: 'joe:1' }] },
    scripts: (model) =>
      model.directories.flatMap((d) =>
        ['blog.wsgi', 'wiki.wsgi', 'other.wsgi', 'joe.wsgi'].map((s) => `${d.path}/${s}`),
      ),
    requests: [
      ...['bob', 'joe'].flatMap((t) =>
        ['blog.wsgi', 'wiki.wsgi', 'other.wsgi', 'joe.wsgi', 'missing.wsgi'].map((s): [string, string] => [
          'www.site.com',
          `/${t}/${s}`,
        ]),
      ),
      ['unknown.example', '/bob/blog.wsgi'],
      ['www.site.com', '/index.html'],
    ],
    promised: [
      ['www.site.com', '/bob/blog.wsgi', 200, 'bob:2'],
      ['www.site.com', '/bob/wiki.wsgi', 200, 'bob:3'],
      ['www.site.com', '/bob/other.wsgi', 200, 'bob:1'],
      ['www.site.com', '/bob/joe.wsgi', 500, null],
    ],
  },
  {
    name: 'WSGIProcessGroup.rst RewriteMap',
    build: (site) => {
      const model = adaptSeed(seedProcessGroupMap(), site);
      const docroot = model.virtualHosts[0]?.documentRoot ?? `${site.root}/srv/www/site`;
      // The seed has no handler for its scripts; the documented example assumes one. Added, unrestricted.
      model.directories.push({
        id: 'dir-app',
        virtualHostId: model.virtualHosts[0]?.id ?? '',
        tenantId: 'tn-bob',
        path: `${docroot}/app`,
        urlPath: null,
        allowOverride: ['None'],
        options: ['ExecCGI'],
        handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
        restrictProcess: null,
        processGroup: null,
        env: {},
        rules: [],
      });
      return model;
    },
    handRules: {},
    scripts: (model) => ['a.wsgi', 'b.wsgi', 'c.wsgi'].map((s) => `${model.directories[0]?.path}/${s}`),
    requests: [
      ['www.site.com', '/app/a.wsgi'],
      ['www.site.com', '/app/b.wsgi'],
      ['www.site.com', '/app/c.wsgi'],
      ['site.com', '/app/a.wsgi'],
      ['www.site.com', '/app/missing.wsgi'],
    ],
    promised: [
      ['www.site.com', '/app/a.wsgi', 200, 'bob:1'],
      ['www.site.com', '/app/b.wsgi', 200, 'bob:2'],
      ['www.site.com', '/app/c.wsgi', 200, 'default'],
    ],
  },
];

describeWithApache('seed models on a real Apache', () => {
  beforeAll(() => {
    ensureUnixUsers(['bob', 'joe', 'wsgi']);
  });

  describe.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    let apache: ApacheInstance;
    let model: ServerModel;
    let deployed: ServerModel;

    beforeAll(async () => {
      apache = await ApacheInstance.create();
      model = scenario.build({ root: apache.root, port: apache.port });
      deployed = {
        ...model,
        directories: model.directories.map((d) => ({
          ...d,
          rules: [...d.rules, ...(scenario.handRules[d.id] ?? [])],
        })),
      };
      const files = render(model);
      const written = writeRenderedFiles(apache, files, model.configDir);
      for (const dir of deployed.directories) {
        const extra = scenario.handRules[dir.id];
        if (extra === undefined) continue;
        const path = `${dir.path}/.htaccess`;
        const rendered = files.find((f) => f.path === path)?.content ?? '';
        apache.writeFile(path, `${rendered}${handWrittenHtaccess(extra)}`);
      }
      for (const script of scenario.scripts(model)) apache.writeFile(script, PROBE_WSGI_SOURCE);
      apache.includeFiles = [written.get('httpd/hostplane.conf') ?? ''];
    });

    afterAll(async () => {
      await apache?.dispose();
    });

    it('validates without errors', () => {
      expect(validate(model).filter((d) => d.severity === 'error')).toEqual([]);
    });

    it('renders a config that apache2 -t accepts, and starts', async () => {
      const result = await apache.configtest();
      expect(result.output.trim()).toBe('Syntax OK');
      await apache.start();
    });

    it('resolve() predicts every request', async () => {
      const resolver = createResolver(deployed, { fileExists: existsSync });
      const comparisons = [];
      for (const [host, path] of scenario.requests) {
        comparisons.push(
          await compareRequest(apache, host, path, resolver({ host, path, port: apache.port })),
        );
      }
      expect(comparisons.filter((c) => !isMatch(c))).toEqual([]);
    });

    it.each(scenario.promised)('%s%s gives %i in %s, as documented', async (host, path, status, group) => {
      const response = await apache.request(host, path);
      expect(response.status).toBe(status);
      expect(response.probe?.process_group ?? null).toBe(group);
    });
  });
});
