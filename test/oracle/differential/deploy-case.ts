import { existsSync } from 'node:fs';
import { PROBE_WSGI_SOURCE, writeRenderedFiles, type ApacheInstance } from '#test-support/apache/index.js';
import { render } from '../engine.js';
import { handWrittenHtaccess } from './hand-written-rule.js';
import { BAD_SCRIPTS, SCRIPTS, type DifferentialCase } from './model-arbitrary.js';

/**
 * Puts a generated case on disk: render() output, the hand-written rules appended to (or forming) each
 * directory's .htaccess, and probe scripts in every directory. Returns the include file to load.
 */
export function deployCase(apache: ApacheInstance, testCase: DifferentialCase): string {
  const { model, handRules } = testCase;
  const files = render(model);
  const written = writeRenderedFiles(apache, files, model.configDir);
  for (const dir of model.directories) {
    for (const script of [...SCRIPTS, ...BAD_SCRIPTS])
      apache.writeFile(`${dir.path}/${script}`, PROBE_WSGI_SOURCE);
    const extra = handRules.get(dir.id);
    if (extra === undefined) continue;
    const htaccess = `${dir.path}/.htaccess`;
    const rendered = files.find((f) => f.path === htaccess)?.content ?? '';
    apache.writeFile(htaccess, `${rendered}${handWrittenHtaccess(extra)}`);
  }
  const include = written.get('httpd/hostplane.conf');
  if (include === undefined || !existsSync(include))
    throw new Error('render() produced no httpd/hostplane.conf');
  return include;
}
