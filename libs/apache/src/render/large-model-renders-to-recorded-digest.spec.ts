import { describe, expect, it } from '@jest/globals';
import { largeModel } from '../../test-fixtures/large-model.js';
import { render, renderDigest } from './index.js';

/**
 * Digest recorded from the renderer as it was BEFORE its performance rewrite (indexes, cheaper per-line
 * checks). Any change in bytes, ordering or file set of a mid-size model shows up here; if the output is
 * meant to change, re-record it on purpose and say so in the change.
 */
const LARGE_MODEL_50_DIGEST = 'c116b1b84438731301ecbb3e22dd21d64709563c6683d4e0ad2baf72ba4663c9';

describe('the renderer keeps its bytes across rewrites', () => {
  it('renders largeModel(50) to the digest recorded before the speed-up', () => {
    const files = render(largeModel(50));
    expect(files).toHaveLength(51);
    expect(renderDigest(files)).toBe(LARGE_MODEL_50_DIGEST);
  });
});
