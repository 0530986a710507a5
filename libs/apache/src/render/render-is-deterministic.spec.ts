import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ServerModel } from '../model/server-model.js';
import { render, renderDigest } from './index.js';
import { busyModel, seedModel } from './seed-model.fixture.js';

/** Reorders every array whose order carries no meaning for Apache, and every record's keys. */
function shuffled(model: ServerModel, pick: (n: number) => number): ServerModel {
  const mix = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const mixRecord = <V>(r: Record<string, V>): Record<string, V> =>
    Object.fromEntries(mix(Object.entries(r)));
  return {
    ...model,
    daemonGroups: mix(model.daemonGroups).map((g) => ({ ...g, options: mixRecord(g.options) })),
    virtualHosts: mix(model.virtualHosts).map((v) => ({
      ...v,
      addresses: mix(v.addresses),
      serverAliases: mix(v.serverAliases),
      env: mixRecord(v.env),
      processGroupMap: v.processGroupMap && { ...v.processGroupMap, entries: mix(v.processGroupMap.entries) },
    })),
    tenants: mix(model.tenants),
    // .htaccess rule order is meaningful (later blocks win), so `rules` keeps its order.
    directories: mix(model.directories).map((d) => ({
      ...d,
      options: mix(d.options),
      allowOverride: mix(d.allowOverride),
      handlers: mix(d.handlers).map((h) => ({ ...h, extensions: mix(h.extensions) })),
      restrictProcess: d.restrictProcess && mix(d.restrictProcess),
      env: mixRecord(d.env),
    })),
  };
}

describe('render is deterministic', () => {
  it.each([
    ['seed', seedModel],
    ['busy', busyModel],
  ])('renders the %s model to byte-identical files twice', (_name, build) => {
    expect(render(build())).toEqual(render(build()));
  });

  it('gives the same bytes however the arrays and records of the model are ordered', () => {
    const reference = render(busyModel());
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), (stream) => {
        const pick = (n: number): number => (stream.next().value as number) % n;
        const files = render(shuffled(busyModel(), pick));
        expect(files).toEqual(reference);
        expect(renderDigest(files)).toBe(renderDigest(reference));
      }),
      { numRuns: 50 },
    );
  });

  it('changes the digest when a single value changes', () => {
    const model = busyModel();
    const before = renderDigest(render(model));
    (model.daemonGroups[0] as { threads: number | null }).threads = 26;
    expect(renderDigest(render(model))).not.toBe(before);
  });
});
