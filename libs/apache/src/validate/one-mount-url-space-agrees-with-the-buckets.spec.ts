/**
 * A vhost with one WSGI mount (the usual app per tenant) has its URL space checked by two passes over its Aliases
 * instead of the buckets the general check builds. This holds the two equal — the same diagnostics in the same order —
 * for mounts and Aliases at "/", in one segment, nested, lookalike prefixes, invalid URLs, and any owners.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Diagnostic, Directory, WsgiMount } from '../model/index.js';
import { checkUrlSpace, checkUrlSpaceByBuckets } from './wsgi-mounts.rule.js';

const URLS = ['/', '/a', '/a/', '/a/b', '/a/b/c', '/ab', '/b', '//a', 'a', '/a b'];
const TENANTS = ['t1', 't2'];

const mount = fc.record({
  urlPath: fc.option(fc.constantFrom(...URLS), { nil: null }),
  tenantId: fc.option(fc.constantFrom(...TENANTS), { nil: null }),
});

const alias = fc.record({
  urlPath: fc.option(fc.constantFrom(...URLS), { nil: null }),
  tenantId: fc.constantFrom(...TENANTS),
});

function mountOf(m: { urlPath: string | null; tenantId: string | null }): WsgiMount {
  return {
    id: 'm',
    virtualHostId: 'v',
    tenantId: m.tenantId,
    urlPath: m.urlPath,
    urlPattern: m.urlPath === null ? '^/x' : null,
    script: '/srv/app.wsgi',
    processGroup: null,
    applicationGroup: null,
    callableObject: null,
    passAuthorization: null,
  };
}

function directoryOf(d: { urlPath: string | null; tenantId: string }, i: number): Directory {
  return {
    id: `d${i}`,
    virtualHostId: 'v',
    tenantId: d.tenantId,
    path: `/srv/d${i}`,
    urlPath: d.urlPath,
    allowOverride: ['None'],
    options: [],
    handlers: [],
    restrictProcess: null,
    processGroup: null,
    env: {},
    rules: [],
  };
}

describe('the URL space of a vhost with one mount', () => {
  it('gets the diagnostics of the general check, in its order', () => {
    let reported = 0;
    fc.assert(
      fc.property(mount, fc.array(alias, { maxLength: 6 }), (m, aliases) => {
        const mounts = [mountOf(m)];
        const directories = aliases.map(directoryOf);
        const fast: Diagnostic[] = [];
        const general: Diagnostic[] = [];
        checkUrlSpace(mounts, directories, fast);
        checkUrlSpaceByBuckets(mounts, directories, general);
        if (general.length > 1) reported++;
        expect(fast).toEqual(general);
      }),
      { numRuns: 3000 },
    );
    // Vhosts with several findings, so that their order is compared too.
    expect(reported).toBeGreaterThan(200);
  });
});
