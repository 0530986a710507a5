import { describe, expect, it } from '@jest/globals';
import type { Directory, ServerModel } from '../model/server-model.js';
import { render, RenderRefusedError } from './index.js';
import { seedModel } from './seed-model.fixture.js';
import { writeFiles } from './write-files.js';

/** The seed plus an :443 twin of www.site.com with its own <Directory> for bob's public_html. */
function withTwin(rules: Directory['rules']): ServerModel {
  const model = seedModel();
  const site = model.virtualHosts[0] as ServerModel['virtualHosts'][number];
  model.virtualHosts.push({ ...site, id: 'vh-site-tls', addresses: ['*:443'] });
  const bob = model.directories[0] as Directory;
  model.directories.push({ ...bob, id: 'dir-bob-tls', virtualHostId: 'vh-site-tls', rules });
  return model;
}

describe('two <Directory> blocks for one path share one .htaccess', () => {
  it('writes the file once when both carry the same rules', () => {
    const model = withTwin(seedModel().directories[0]?.rules ?? []);
    const paths = render(model).map((f) => f.path);
    expect(paths.filter((p) => p.endsWith('.htaccess'))).toEqual(['/home/bob/public_html/.htaccess']);
  });

  it('refuses to render when their rules differ, instead of letting one silently win', () => {
    const model = withTwin([{ files: 'blog.wsgi', variable: 'PROCESS_GROUP', processGroup: 'bob:3' }]);
    expect(() => render(model)).toThrow(RenderRefusedError);
    try {
      render(model);
    } catch (e) {
      // validate() catches it first (so a write is refused before GET /config ever fails).
      expect((e as RenderRefusedError).diagnostics.map((d) => [d.code, d.path])).toContainEqual([
        'HTACCESS_PATH_CONFLICT',
        '/directories/dir-bob-tls/path',
      ]);
    }
  });

  it('the writer itself still refuses the clash if it is ever reached ungated', () => {
    const model = withTwin([{ files: 'blog.wsgi', variable: 'PROCESS_GROUP', processGroup: 'bob:3' }]);
    try {
      writeFiles(model);
      throw new Error('writeFiles accepted two different .htaccess files for one path');
    } catch (e) {
      expect((e as RenderRefusedError).diagnostics.map((d) => [d.code, d.path])).toEqual([
        ['RENDER_HTACCESS_CONFLICT', '/directories/dir-bob-tls/rules'],
      ]);
    }
  });
});
