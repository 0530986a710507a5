import { describe, expect, it } from '@jest/globals';
import { seedRestrictProcess, SEED_VHOST_ID } from '../../test-fixtures/seed-restrict-process.js';
import { resolve } from './index.js';
import { daemon } from './spec-models.fixture.js';

/** Spec §3/§8 [E:r10]: `BOB:2` passes `WSGIRestrictProcess bob:2` but is a different daemon. */
function seedWithBobRule(group: string) {
  const model = seedRestrictProcess();
  const bob = model.directories[0]!;
  bob.urlPath = '/~bob';
  bob.rules = [{ files: 'app.wsgi', processGroup: group }];
  return model;
}

describe('WSGIRestrictProcess matches case-insensitively while daemon names are case-sensitive', () => {
  it('BOB:2 defined for joe in the same vhost: the request runs as joe (the hole the validator refuses)', () => {
    const model = seedWithBobRule('BOB:2');
    model.daemonGroups.push(daemon('BOB:2', SEED_VHOST_ID, 'joe', 'joe'));
    const out = resolve(model, { host: 'www.site.com', path: '/~bob/app.wsgi' });
    expect(out).toMatchObject({ status: 200, processGroup: 'BOB:2', runsAs: { user: 'joe', group: 'joe' } });
    const restrict = out.trace.find((t) => t.step === 'restrict-list');
    expect(restrict?.detail).toMatch(/case-insensitively/);
  });

  it('BOB:2 that does not exist passes the list and then fails the exact lookup', () => {
    const out = resolve(seedWithBobRule('BOB:2'), { host: 'www.site.com', path: '/~bob/app.wsgi' });
    expect(out).toMatchObject({
      status: 500,
      error: "No WSGI daemon process called 'BOB:2' has been configured",
    });
  });
});
