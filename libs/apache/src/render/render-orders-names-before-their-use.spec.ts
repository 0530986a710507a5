import { describe, expect, it } from '@jest/globals';
import { render } from './index.js';
import { busyModel } from './seed-model.fixture.js';

function includeLines(): string[] {
  const conf = render(busyModel()).find((f) => f.path === 'httpd/hostplane.conf');
  return (conf?.content ?? '').split('\n').map((l) => l.trim());
}

/** The lines of each <VirtualHost> block, without blanks. */
function vhostBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith('<VirtualHost ')) current = [];
    else if (line === '</VirtualHost>') {
      if (current) blocks.push(current);
      current = null;
    } else if (current && line !== '') current.push(line);
  }
  return blocks;
}

describe('render puts every name before its use', () => {
  it('starts with the global WSGI settings, then global daemon groups, then the vhosts', () => {
    const lines = includeLines().filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines.slice(0, 3)).toEqual([
      'WSGISocketPrefix /var/run/apache2/wsgi',
      'WSGIRestrictEmbedded On',
      'WSGIDaemonProcess default processes=2 threads=25 display-name=%{GROUP} maximum-requests=1000 server-metrics=On',
    ]);
    expect(lines[3]).toBe('<VirtualHost *:80 *:8080>');
  });

  it('makes ServerName the first line of every <VirtualHost>, vhosts ordered by ServerName', () => {
    const blocks = vhostBlocks(includeLines());
    expect(blocks.map((b) => b[0])).toEqual(['ServerName alpha.example.com', 'ServerName www.site.com']);
  });

  it('defines every WSGIDaemonProcess of a vhost before any line that selects or restricts a group', () => {
    for (const block of vhostBlocks(includeLines())) {
      const lastDefinition = block.map((l) => l.startsWith('WSGIDaemonProcess ')).lastIndexOf(true);
      const firstUse = block.findIndex((l) =>
        /^(WSGIProcessGroup|WSGIRestrictProcess|RewriteRule)\b/.test(l),
      );
      expect(lastDefinition).toBeGreaterThan(0);
      expect(firstUse).toBeGreaterThan(lastDefinition);
    }
  });

  it('writes processes, threads, user, group first and the other options sorted by name', () => {
    expect(includeLines()).toContain(
      'WSGIDaemonProcess alpha:1 processes=2 threads=5 user=joe group=joe inactivity-timeout=300',
    );
  });

  it('puts the Alias right before its <Directory> and renders an empty restriction list as the bare directive', () => {
    const lines = includeLines();
    expect(lines[lines.indexOf('Alias /apps /home/joe/apps') + 1]).toBe('<Directory /home/joe/apps>');
    const locked = lines.indexOf('<Directory /home/joe/locked>');
    expect(lines.slice(locked, locked + 3)).toEqual([
      '<Directory /home/joe/locked>',
      'WSGIRestrictProcess',
      '</Directory>',
    ]);
  });

  it('indents block contents by four spaces per level', () => {
    const raw = render(busyModel()).find((f) => f.path === 'httpd/hostplane.conf')?.content ?? '';
    expect(raw).toContain('\n    ServerName alpha.example.com\n');
    expect(raw).toContain('\n        WSGIRestrictProcess alpha:1\n');
  });
});
