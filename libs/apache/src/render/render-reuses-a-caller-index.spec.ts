import { describe, expect, it } from '@jest/globals';
import { largeModel } from '../../test-fixtures/large-model.js';
import { buildModelIndex } from '../validate/index.js';
import { render, RenderRefusedError } from './index.js';

describe('render() takes the model index its caller already built', () => {
  it('gives the same files with and without a caller index', () => {
    const model = largeModel(30);
    expect(render(model, { index: buildModelIndex(model) })).toEqual(render(model));
  });

  it('still refuses a directory of an unknown vhost when the index is passed in', () => {
    const model = largeModel(3);
    (model.directories[0] as { virtualHostId: string }).virtualHostId = 'vh-missing';
    expect(() => render(model, { index: buildModelIndex(model) })).toThrow(RenderRefusedError);
  });
});
