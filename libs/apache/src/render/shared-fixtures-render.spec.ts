import { describe, expect, it } from '@jest/globals';
import type { ServerModel } from '../model/server-model.js';
import { largeModel } from '../../test-fixtures/large-model.js';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { parseHtaccess } from '../htaccess/index.js';
import { validate } from '../validate/index.js';
import { render } from './index.js';

const FIXTURES: [string, () => ServerModel][] = [
  ['seed-restrict-process', seedRestrictProcess],
  ['seed-process-group-map', seedProcessGroupMap],
  ['rich-seed', richSeed],
  ['large-model(20)', () => largeModel(20)],
];

describe('every shared fixture validates, renders, and its .htaccess files read back', () => {
  it.each(FIXTURES)('%s', (_name, build) => {
    const model = build();
    expect(validate(model).filter((d) => d.severity === 'error')).toEqual([]);
    const files = render(model);
    expect(files.map((f) => f.path)).toContain('httpd/hostplane.conf');
    for (const dir of model.directories.filter((d) => d.rules.length > 0)) {
      const file = files.find((f) => f.path === `${dir.path.replace(/\/$/, '')}/.htaccess`);
      const parsed = parseHtaccess(file?.content ?? '', { allowOverride: dir.allowOverride });
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.rules).toEqual(dir.rules.map((r) => ({ variable: 'PROCESS_GROUP', ...r })));
    }
  });
});
