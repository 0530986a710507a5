import { describe, expect, it } from '@jest/globals';
import type { Directory, ServerModel } from '#apache';
import { withLazyDirectories } from '#api/htaccess/lazy-directories.js';
import { OverlayMap } from '#api/htaccess/overlay-map.js';

const dir = (id: string, processGroup: string): Directory =>
  ({ id, rules: [{ processGroup }] }) as unknown as Directory;

describe('withLazyDirectories', () => {
  const directories = [dir('a', 'g1'), dir('b', 'g1'), dir('c', 'g1')];
  const before = { id: 'srv', name: 'one', directories } as unknown as ServerModel;
  const positions = new Map(directories.map((d, i) => [d.id, i]));
  const byId = new Map(directories.map((d) => [d.id, d]));

  it('keeps every other field and rebuilds the list in its original order with the change applied', () => {
    const changed = dir('b', 'g2');
    const after = withLazyDirectories(
      before,
      OverlayMap.replacing(byId, new Map([['b', changed]])),
      positions,
    );
    expect(after.id).toBe('srv');
    expect(after.name).toBe('one');
    expect(after.directories.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(after.directories[1]).toBe(changed);
    expect(after.directories).toBe(after.directories);
    expect(before.directories[1]?.rules[0]?.processGroup).toBe('g1');
    expect({ ...after }.directories[1]).toBe(changed);
  });

  it('does not read the predecessor list when built on top of a lazy model', () => {
    let reads = 0;
    const lazy = withLazyDirectories(before, byId, positions);
    const spy = Object.create(lazy) as ServerModel;
    Object.defineProperty(spy, 'directories', {
      enumerable: true,
      get: () => {
        reads++;
        return lazy.directories;
      },
    });
    Object.assign(spy, { id: 'srv' });
    const next = withLazyDirectories(spy, byId, positions);
    expect(reads).toBe(0);
    expect(next.directories).toHaveLength(3);
  });
});
