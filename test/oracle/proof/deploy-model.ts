import { PROBE_WSGI_SOURCE, writeRenderedFiles, type ApacheInstance } from '#test-support/apache/index.js';
import { handWrittenHtaccess } from '../differential/hand-written-rule.js';
import { render, type HtaccessRule, type ServerModel } from '../engine.js';

export interface Deployment {
  /** The rendered model plus whatever the tenant wrote by hand: what resolve() must predict. */
  deployed: ServerModel;
  /** Rendered path (httpd/… or absolute) → absolute path written. */
  written: Map<string, string>;
}

/**
 * Publishes `model` into the instance as a deploy would (render → files), then does what a tenant with shell
 * access could do on top: append rules the validator would refuse (`handRules`) or write raw `.htaccess`
 * text (`rawHtaccess`, directory path → text). Drops probe.wsgi at every `scripts` path.
 */
export function deployModel(
  apache: ApacheInstance,
  model: ServerModel,
  extras: {
    handRules?: Record<string, HtaccessRule[]>;
    rawHtaccess?: Record<string, string>;
    scripts: readonly string[];
  },
): Deployment {
  const handRules = extras.handRules ?? {};
  const files = render(model);
  const written = writeRenderedFiles(apache, files, model.configDir);
  const deployed: ServerModel = {
    ...model,
    directories: model.directories.map((d) => ({ ...d, rules: [...d.rules, ...(handRules[d.id] ?? [])] })),
  };
  for (const dir of model.directories) {
    const extra = handRules[dir.id];
    if (extra === undefined) continue;
    const path = `${dir.path}/.htaccess`;
    const rendered = files.find((f) => f.path === path)?.content ?? '';
    apache.writeFile(path, `${rendered}${handWrittenHtaccess(extra)}`);
  }
  for (const [dir, text] of Object.entries(extras.rawHtaccess ?? {}))
    apache.writeFile(`${dir}/.htaccess`, text);
  for (const script of extras.scripts) apache.writeFile(script, PROBE_WSGI_SOURCE);
  apache.includeFiles = [written.get('httpd/hostplane.conf') ?? ''];
  return { deployed, written };
}
