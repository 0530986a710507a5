import { describe, expect, it } from '@jest/globals';
import { render } from '#apache';
import { configtestText, targetPathFor } from '#deploy';
import { seedProcessGroupMap } from '../../libs/apache/test-fixtures/seed-process-group-map.js';

describe('targetPathFor is the mapping the rendered config assumes', () => {
  it("each rendered map file lands where the include's RewriteMap line reads it", () => {
    const model = { ...seedProcessGroupMap(), configDir: '/srv/hp/conf' };
    const files = render(model);
    const include = files.find((f) => f.path === 'httpd/hostplane.conf')?.content ?? '';
    const maps = files.filter((f) => f.path.startsWith('httpd/maps/'));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      expect(include).toContain(`txt:${targetPathFor(map.path, { configDir: model.configDir })}\n`);
    }
    expect(targetPathFor('httpd/hostplane.conf', { configDir: '/srv/hp/conf/' })).toBe(
      '/srv/hp/conf/hostplane.conf',
    );
  });

  it('.htaccess paths are absolute, optionally under a root prefix; escaping paths are refused', () => {
    expect(targetPathFor('/home/bob/public_html/.htaccess', { configDir: '/c' })).toBe(
      '/home/bob/public_html/.htaccess',
    );
    expect(targetPathFor('/home/bob/.htaccess', { configDir: '/c', rootPrefix: '/tmp/r' })).toBe(
      '/tmp/r/home/bob/.htaccess',
    );
    for (const bad of [
      'httpd/../etc/passwd',
      'httpd/maps/../../x',
      '/home/../etc/.htaccess',
      'relative/.htaccess',
      'httpd/',
    ]) {
      expect(() => targetPathFor(bad, { configDir: '/c' })).toThrow();
    }
  });

  it('configtest copy points only new/changed map paths at their staged files, same line count', () => {
    const text = 'RewriteMap m txt:/c/maps/a.map\nRewriteMap n txt:/c/maps/b.map\n';
    const out = configtestText(text, '/c', new Map([['httpd/maps/a.map', '/c/maps/.a.map.hp-1.new']]));
    expect(out).toBe('RewriteMap m txt:/c/maps/.a.map.hp-1.new\nRewriteMap n txt:/c/maps/b.map\n');
  });
});
