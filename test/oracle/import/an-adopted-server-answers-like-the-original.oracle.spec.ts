/**
 * Adoption, proven on a real Apache + mod_wsgi: a configuration written by hand (the seed's example, Debian's default
 * site next to a Django project, a shared host with 50 users' .htaccess files) is served as it is; then it is imported
 * (importServer), the spec turned into a model (modelOfSpec over an empty server) and rendered, and the same Apache
 * serves what the adoption leaves on disk: the lines the import says stay, plus Hostplane's include and .htaccess
 * files. Both answer the same generated requests with the same status and the same process group.
 */
import { existsSync, rmSync } from 'node:fs';
import { afterEach, expect, it } from '@jest/globals';
import {
  importServer,
  modelOfSpec,
  render,
  type ServerModel,
  type ServerSettingsSpec,
  type UnmanagedLine,
} from '#apache';
import {
  ApacheInstance,
  describeWithApache,
  ensureUnixUsers,
  writeRenderedFiles,
} from '#test-support/apache/index.js';
import {
  debianWithDjango,
  debianWithMountedDjango,
  processGroupMapExample,
  outerScopeSelection,
  restrictProcessSeed,
  sharedHost,
  type AdoptionScenario,
  type OracleSite,
} from './adoption-scenarios.js';
import { residualConfig } from './residual-config.js';

const MIN_REQUESTS = 200;

interface Answer {
  request: string;
  status: number;
  processGroup: string | null;
}

async function answers(apache: ApacheInstance, scenario: AdoptionScenario): Promise<Answer[]> {
  const out: Answer[] = [];
  for (const [host, path] of scenario.requests) {
    const response = await apache.request(host, path);
    out.push({
      request: `GET http://${host}${path}`,
      status: response.status,
      processGroup: response.probe?.process_group ?? null,
    });
  }
  return out;
}

function emptyServer(settings: ServerSettingsSpec): ServerModel {
  return {
    id: 'adopted',
    name: 'adopted',
    ...settings,
    daemonGroups: [],
    virtualHosts: [],
    tenants: [],
    directories: [],
  };
}

describeWithApache('an adopted server answers like the original', () => {
  let apache: ApacheInstance | undefined;

  afterEach(async () => {
    await apache?.dispose();
    apache = undefined;
  });

  it.each<[string, (site: OracleSite) => AdoptionScenario]>([
    ['the WSGIRestrictProcess seed', restrictProcessSeed],
    ["Debian's default site plus a Django project", debianWithDjango],
    ["Debian's default site plus a Django project mounted with WSGIScriptAlias", debianWithMountedDjango],
    ["a shared host with 50 users' .htaccess files", sharedHost],
    ['the process-group map example', processGroupMapExample],
    ['server- and vhost-scope WSGIRestrictProcess and WSGIProcessGroup', outerScopeSelection],
  ])(
    '%s',
    async (_name, build) => {
      ensureUnixUsers(['bob', 'joe', 'amy']);
      apache = await ApacheInstance.create();
      const scenario = build({ root: apache.root, port: apache.port });
      for (const f of scenario.files) apache.writeFile(f.path, f.content);
      for (const s of scenario.scripts) apache.writeProbe(s);
      for (const s of scenario.statics) apache.writeFile(s, `static ${s}\n`);
      apache.includeFiles = [scenario.main];
      expect((await apache.configtest()).output.trim()).toBe('Syntax OK');
      await apache.restart();
      const original = await answers(apache, scenario);

      const settings: ServerSettingsSpec = {
        modWsgiVersion: '4.9',
        restrictEmbedded: false,
        socketPrefix: null,
        apacheUser: 'www-data',
        apacheGroup: 'www-data',
        configDir: `${apache.root}/hostplane`,
      };
      const imported = importServer(
        { files: scenario.files, main: scenario.main, homes: `${apache.root}/home` },
        settings,
      );
      expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const built = modelOfSpec(imported.spec, emptyServer(settings), [], { prune: true });
      expect(built.diagnostics).toEqual([]);
      const rendered = render(built.model);

      for (const f of residualConfig(scenario.files, imported.unmanaged)) apache.writeFile(f.path, f.content);
      for (const d of built.model.directories) rmSync(`${d.path}/.htaccess`, { force: true });
      writeRenderedFiles(apache, rendered, settings.configDir);
      const include = `${settings.configDir}/hostplane.conf`;
      apache.includeFiles = existsSync(include) ? [scenario.main, include] : [scenario.main];
      expect((await apache.configtest()).output.trim()).toBe('Syntax OK');
      await apache.restart();
      const adopted = await answers(apache, scenario);

      const lost = imported.unmanaged.filter((u: UnmanagedLine) => u.reason.startsWith('would be lost'));
      const differences = adopted
        .map((a, i) => ({ original: original[i], adopted: a }))
        .filter((d) => JSON.stringify(d.original) !== JSON.stringify(d.adopted));
      expect({ scenario: scenario.name, differences }).toEqual({ scenario: scenario.name, differences: [] });
      expect(original.length).toBeGreaterThanOrEqual(MIN_REQUESTS);
      const daemonAnswers = original.filter((a) => a.processGroup !== null).length;
      console.info(
        `${scenario.name}: ${original.length} requests, ${daemonAnswers} served by a daemon, ` +
          `${imported.spec.virtualHosts.length} vhosts and ${imported.spec.daemonGroups.length} groups adopted, ` +
          `${imported.unmanaged.length} unmanaged lines (${lost.length} would be lost)`,
      );
    },
    180_000,
  );
});
