import { describe, expect, it } from '@jest/globals';
import { OverlayMap } from '#api/htaccess/overlay-map.js';

describe('OverlayMap (copy-on-write directory lookup)', () => {
  const base: ReadonlyMap<string, number> = new Map([
    ['a', 1],
    ['b', 2],
    ['c', 3],
  ]);

  it('replaces entries without touching the map it was built from', () => {
    const next = OverlayMap.replacing(base, new Map([['b', 20]]));
    expect(next.get('b')).toBe(20);
    expect(next.get('a')).toBe(1);
    expect(base.get('b')).toBe(2);
    expect(next.size).toBe(3);
    expect([...next]).toEqual([
      ['a', 1],
      ['b', 20],
      ['c', 3],
    ]);
    expect([...next.values()]).toEqual([1, 20, 3]);
  });

  it('stacks successive revisions, each keeping its own view', () => {
    const first = OverlayMap.replacing(base, new Map([['a', 10]]));
    const second = OverlayMap.replacing(first, new Map([['c', 30]]));
    expect([...first.values()]).toEqual([10, 2, 3]);
    expect([...second.values()]).toEqual([10, 2, 30]);
  });

  it('folds into a flat map once many entries changed, with the same contents', () => {
    const big = new Map(Array.from({ length: 2000 }, (_, i) => [`d${i}`, i] as [string, number]));
    let current: ReadonlyMap<string, number> = big;
    // 513 distinct changes exceed the overlay limit of 512: that revision is a plain Map again.
    for (let i = 0; i < 513; i++) current = OverlayMap.replacing(current, new Map([[`d${i}`, -i]]));
    expect(current).toBeInstanceOf(Map);
    for (let i = 513; i < 1000; i++) current = OverlayMap.replacing(current, new Map([[`d${i}`, -i]]));
    expect(current.get('d0')).toBe(-0);
    expect(current.get('d999')).toBe(-999);
    expect(current.get('d1000')).toBe(1000);
    expect(current.size).toBe(2000);
    expect(big.get('d999')).toBe(999);
  });

  it('a live view follows later edits of its change set', () => {
    const changes = new Map<string, number>();
    const view = OverlayMap.view(base, changes);
    changes.set('a', 100);
    expect(view.get('a')).toBe(100);
    changes.delete('a');
    expect(view.get('a')).toBe(1);
  });
});
