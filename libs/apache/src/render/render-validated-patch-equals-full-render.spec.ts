import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { largeModel } from '../../test-fixtures/large-model.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, HtaccessRule, ServerModel } from '../model/server-model.js';
import { validate } from '../validate/index.js';
import { render, RenderRefusedError, renderValidated, rulesOnlyChange, type RenderedFile } from './index.js';

/** largeModel plus directories that share an .htaccess path with another (":443" twins, trailing slash). */
function baseModel(): ServerModel {
  const model = largeModel(6);
  const twins: Directory[] = [0, 2, 4].map((i) => ({
    ...(model.directories[i] as Directory),
    id: `dir-${i}-twin`,
    path: i === 2 ? `/home/t${i}/public_html/` : `/home/t${i}/public_html`,
  }));
  return { ...model, directories: [...model.directories, ...twins] };
}

const rulesPool = (t: string): HtaccessRule[][] => [
  [],
  [{ files: 'app2.wsgi', processGroup: `${t}:2` }],
  [2, 3, 4].map((n) => ({ files: `app${n}.wsgi`, processGroup: `${t}:${n}` })),
  [
    { filesMatch: '^x.*\\.wsgi$', processGroup: `${t}:3` },
    { files: 'a.wsgi', processGroup: `${t}:1` },
  ],
];

/** What an in-memory rules write does: a new model and directory object, everything else shared. */
function withRules(model: ServerModel, position: number, pick: number): ServerModel {
  const directories = [...model.directories];
  const dir = directories[position] as Directory;
  directories[position] = { ...dir, rules: rulesPool(dir.tenantId.replace('tn-', 't'))[pick] ?? [] };
  return { ...model, directories };
}

function outcome(make: () => RenderedFile[]): RenderedFile[] | 'refused' {
  try {
    return make();
  } catch (error) {
    if (error instanceof RenderRefusedError) return 'refused';
    throw error;
  }
}

describe('renderValidated patches only the changed .htaccess files, byte-identical to a full render', () => {
  const NONE: Diagnostic[] = [];

  it('gives what render() gives for a validated model', () => {
    const model = largeModel(20);
    expect(renderValidated(model, validate(model))).toEqual(render(model));
  });

  it('any sequence of rules-only changes renders like a full render of the result', () => {
    const base = baseModel();
    const baseFiles = renderValidated(base, NONE);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.directories.length - 1), fc.nat(3)), { minLength: 1, maxLength: 6 }),
        (changes) => {
          const after = changes.reduce((m, [position, pick]) => withRules(m, position, pick), base);
          const patched = outcome(() =>
            renderValidated(after, NONE, { previous: { model: base, files: baseFiles } }),
          );
          expect(patched).toEqual(outcome(() => renderValidated(after, NONE)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('anything but rules changing means a full render, never a patch', () => {
    const base = baseModel();
    const renamed = { ...base, virtualHosts: [...base.virtualHosts] };
    expect(rulesOnlyChange(base, renamed)).toBeNull();
    const moved = [...base.directories];
    moved[1] = { ...(moved[1] as Directory), options: ['None'] };
    expect(rulesOnlyChange(base, { ...base, directories: moved })).toBeNull();
    expect(rulesOnlyChange(base, withRules(base, 1, 0))?.map((d) => d.id)).toEqual(['dir-1']);
  });

  it('refuses a model whose diagnostics hold an error, like render()', () => {
    const model = largeModel(2);
    const error: Diagnostic = { code: 'X', severity: 'error', path: '/', message: 'no' };
    expect(() => renderValidated(model, [error])).toThrow(RenderRefusedError);
  });
});
