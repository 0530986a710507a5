import { describe, expect, it } from '@jest/globals';
import { restrictListAllows, restrictListMatch } from './restrict-list.js';

describe('WSGIRestrictProcess matching (spec §3)', () => {
  const bobs = ['bob:1', 'bob:2', 'bob:3'];

  it('lets listed groups through and refuses others', () => {
    expect(restrictListAllows(bobs, 'bob:2')).toBe(true);
    expect(restrictListAllows(bobs, 'joe:1')).toBe(false);
  });

  it('matches case-insensitively like apr_table_get, which Hostplane flags as case-only', () => {
    expect(restrictListAllows(bobs, 'BOB:2')).toBe(true);
    expect(restrictListMatch(bobs, 'BOB:2')).toBe('case-only');
    expect(restrictListMatch(bobs, 'bob:2')).toBe('exact');
  });

  it('folds ASCII only, like strcasecmp', () => {
    expect(restrictListAllows(['grün'], 'GRÜN')).toBe(false);
    expect(restrictListAllows(['grün'], 'GRüN')).toBe(true);
  });

  it('treats %{GLOBAL} as the empty (embedded) name and nothing else', () => {
    expect(restrictListAllows(bobs, '')).toBe(false);
    expect(restrictListAllows([...bobs, '%{GLOBAL}'], '')).toBe(true);
    expect(restrictListAllows(['%{GLOBAL}'], '%{GLOBAL}')).toBe(false);
  });

  it('null means unrestricted, an empty list denies everything', () => {
    expect(restrictListAllows(null, 'joe:1')).toBe(true);
    expect(restrictListMatch(null, 'joe:1')).toBe('unrestricted');
    expect(restrictListAllows([], '')).toBe(false);
    expect(restrictListAllows([], 'bob:1')).toBe(false);
  });
});
