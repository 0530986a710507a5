import { describe, expect, it } from '@jest/globals';
import { render } from './index.js';
import { mapFileStems } from './process-group-map.render.js';
import { busyModel } from './seed-model.fixture.js';

describe('a process-group map always carries its fallback (spec §7a)', () => {
  it('puts the fallback inside the lookup, so an unlisted URI never sets an empty group', () => {
    const conf = render(busyModel()).find((f) => f.path === 'httpd/hostplane.conf')?.content ?? '';
    const rule = conf.split('\n').find((l) => l.includes('RewriteRule'));
    expect(rule?.trim()).toBe('RewriteRule ^ - [E=PROCESS_GROUP:${hostplane_pgmap:%{REQUEST_URI}|default}]');
  });

  it('enables the rewrite engine and points the map at <configDir>/maps/<server-name>.map', () => {
    const conf = render(busyModel()).find((f) => f.path === 'httpd/hostplane.conf')?.content ?? '';
    expect(conf).toContain(
      '    RewriteEngine On\n    RewriteMap hostplane_pgmap txt:/etc/apache2/hostplane/maps/alpha.example.com.map\n',
    );
  });

  it('writes the map file with one "URI group" line per entry, sorted by URI', () => {
    const map = render(busyModel()).find((f) => f.path === 'httpd/maps/alpha.example.com.map');
    const entries = (map?.content ?? '').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(entries).toEqual(['/a/app.wsgi alpha:1', '/b/app.wsgi alpha:1']);
  });

  it('follows the variable and fallback of the model, and renders no map for vhosts without one', () => {
    const model = busyModel();
    const vhost = model.virtualHosts[0];
    if (vhost?.processGroupMap == null) throw new Error('fixture has a map');
    vhost.processGroupMap.fallback = 'alpha:1';
    vhost.env = { PROCESS_GROUP: 'alpha:1' };
    const files = render(model);
    expect(files.filter((f) => f.path.startsWith('httpd/maps/')).map((f) => f.path)).toEqual([
      'httpd/maps/alpha.example.com.map',
    ]);
    expect(files.find((f) => f.path === 'httpd/hostplane.conf')?.content).toContain(
      '%{REQUEST_URI}|alpha:1}]',
    );
  });

  it('names map files after the ServerName and adds the vhost id only when two vhosts would share a file', () => {
    const vhost = busyModel().virtualHosts[0];
    if (vhost === undefined) throw new Error('fixture has a vhost');
    const twin = { ...vhost, id: 'vh-alpha-tls', serverName: 'Alpha.Example.com', addresses: ['*:443'] };
    expect([...mapFileStems([vhost]).values()]).toEqual(['alpha.example.com']);
    expect(mapFileStems([twin, vhost])).toEqual(
      new Map([
        ['vh-alpha-tls', 'alpha.example.com-vh-alpha-tls'],
        ['vh-alpha', 'alpha.example.com-vh-alpha'],
      ]),
    );
  });
});
