import { describe, expect, it } from '@jest/globals';
import { AppError } from '../platform/errors/app-error.js';
import { acceptedRevisions, assertIfMatch, htaccessEtag } from './htaccess-etag.js';

describe('If-Match on the .htaccess document', () => {
  it('absent or * accepts any revision', () => {
    expect(acceptedRevisions(undefined)).toBeNull();
    expect(acceptedRevisions(' * ')).toBeNull();
    expect(() => assertIfMatch(null, 7)).not.toThrow();
  });

  it('a list accepts the revisions of the strong tags of ours it names, in any position', () => {
    expect(acceptedRevisions(`"nope", ${htaccessEtag(4)} ,${htaccessEtag(0)}`)).toEqual([4, 0]);
    expect(() => assertIfMatch(acceptedRevisions(`"x", ${htaccessEtag(4)}`), 4)).not.toThrow();
  });

  it('the JSON document and the text file have distinct tags, and either satisfies If-Match', () => {
    expect(htaccessEtag(4, 'text')).not.toBe(htaccessEtag(4));
    expect(acceptedRevisions(htaccessEtag(4, 'text'))).toEqual([4]);
    expect(() => assertIfMatch(acceptedRevisions(htaccessEtag(4, 'text')), 4)).not.toThrow();
  });

  it('weak tags, other spellings and numbers no revision can reach accept nothing', () => {
    for (const header of [
      `W/${htaccessEtag(4)}`,
      '"htaccess-04"',
      'htaccess-4',
      '"htaccess-2147483648"',
      '*, "a"',
    ]) {
      expect(acceptedRevisions(header)).toEqual([]);
    }
    expect(acceptedRevisions('"htaccess-2147483647"')).toEqual([2147483647]);
  });

  it('a refused precondition is a 412 naming the current ETag', () => {
    let error: unknown;
    try {
      assertIfMatch([3], 5);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('PRECONDITION_FAILED');
    expect((error as AppError).extensions).toEqual({ currentEtag: htaccessEtag(5) });
  });
});
