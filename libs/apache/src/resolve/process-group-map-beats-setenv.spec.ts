import { describe, expect, it } from '@jest/globals';
import { MAP_VHOST_ID, seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { createResolver } from './index.js';
import { wsgiDirectory } from './spec-models.fixture.js';

/** The WSGIProcessGroup.rst RewriteMap seed, with its DocumentRoot made a WSGI directory. */
function mapSeed() {
  const model = seedProcessGroupMap();
  model.directories.push(
    wsgiDirectory('d-site', MAP_VHOST_ID, '/srv/www/site', {
      env: { PROCESS_GROUP: 'bob:2' },
      allowOverride: [],
    }),
  );
  return model;
}

describe('RewriteMap process-group selection (spec §2.3, §7a)', () => {
  const resolver = createResolver(mapSeed());

  it('a listed URI runs in its group, beating the <Directory> SetEnv', () => {
    const out = resolver({ host: 'www.site.com', path: '/app/a.wsgi' });
    expect(out).toMatchObject({ status: 200, processGroup: 'bob:1', runsAs: { user: 'bob', group: 'bob' } });
    expect(out.trace.some((t) => t.step === 'process-group-map' && t.detail.includes('is listed'))).toBe(
      true,
    );
  });

  it('an unlisted URI gets the rendered fallback, not the SetEnv value', () => {
    const out = resolver({ host: 'www.site.com', path: '/app/other.wsgi' });
    expect(out).toMatchObject({
      status: 200,
      processGroup: 'default',
      runsAs: { user: 'wsgi', group: 'wsgi' },
    });
  });

  it('the map key is the decoded, normalised REQUEST_URI, compared case-sensitively', () => {
    expect(resolver({ host: 'site.com', path: '/app/./%61.wsgi?x=1' }).processGroup).toBe('bob:1');
    expect(resolver({ host: 'site.com', path: '/APP/a.wsgi' }).processGroup).toBe('default');
  });
});
