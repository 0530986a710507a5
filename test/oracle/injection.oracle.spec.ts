/**
 * Every renderable string field × a corpus of hostile values: validate() refuses, render() throws, and
 * nothing hostile ever reaches a file. The unmodified model is proven sane on the real Apache.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ApacheInstance,
  describeWithApache,
  ensureUnixUsers,
  writeRenderedFiles,
} from '#test-support/apache/index.js';
import { render, validate, type RenderedFile } from './engine.js';
import { HOSTILE_VALUES, hostileMarker } from './injection/hostile-corpus.js';
import { fullModel, STRING_FIELDS } from './injection/model-fields.js';

describe('hostile values in any string field never reach a rendered file', () => {
  it('the unmodified model validates and renders', () => {
    expect(validate(fullModel()).filter((d) => d.severity === 'error')).toEqual([]);
    expect(render(fullModel()).length).toBeGreaterThan(1);
  });

  const cases = STRING_FIELDS.flatMap(([field, set]) =>
    HOSTILE_VALUES.map(([label, value]) => [field, label, set, value] as const),
  );

  it.each(cases)('%s = %s', (_field, _label, set, value) => {
    const model = fullModel();
    set(model, value);
    expect(validate(model).some((d) => d.severity === 'error')).toBe(true);
    let files: RenderedFile[] = [];
    let threw = false;
    try {
      files = render(model);
    } catch {
      threw = true;
    }
    expect(threw).toBe(true);
    const marker = hostileMarker(value);
    expect(files.filter((f) => f.content.includes(marker) || f.path.includes(marker))).toEqual([]);
  });
});

describeWithApache('the injection base model on a real Apache', () => {
  let apache: ApacheInstance;

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create();
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it('passes apache2 -t once moved under the oracle root', async () => {
    const model = fullModel();
    model.socketPrefix = null;
    model.configDir = `${apache.root}/hostplane`;
    model.virtualHosts[0]!.addresses = [`*:${apache.port}`];
    model.virtualHosts[0]!.documentRoot = `${apache.root}/srv/www/site`;
    for (const d of model.directories) d.path = `${apache.root}${d.path}`;
    apache.mkdir(`${apache.root}/srv/www/site`);
    const written = writeRenderedFiles(apache, render(model), model.configDir);
    apache.includeFiles = [written.get('httpd/hostplane.conf') ?? ''];
    expect((await apache.configtest()).output.trim()).toBe('Syntax OK');
  });
});
