import { describe, expect, it } from '@jest/globals';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { validate } from './validate.js';

describe('the documented seeds validate', () => {
  it('WSGIRestrictProcess.rst has no errors; only the expected lint about the global default group', () => {
    const diagnostics = validate(seedRestrictProcess());
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual([
      'DAEMON_WITHOUT_USER /daemon-groups/dg-default/user',
    ]);
  });

  it('WSGIProcessGroup.rst RewriteMap seed has no diagnostics at all', () => {
    expect(validate(seedProcessGroupMap())).toEqual([]);
  });
});
