import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { seedRestrictProcess, SEED_VHOST_ID } from '../../test-fixtures/seed-restrict-process.js';
import type { ServerModel, WsgiMount } from '../model/server-model.js';
import { randomModel } from '../resolve/random-models.fixture.js';
import { validate } from '../validate/index.js';
import { modelOfSpec } from './model-of-spec.js';
import { planIsEmpty, planOfSpec } from './plan-of-spec.js';
import type { ServerSpec } from './server-spec.js';
import { pointIntoSpec } from './spec-diagnostics.js';
import { specOfModel } from './spec-of-model.js';

const mount = (id: string, fields: Partial<WsgiMount>): WsgiMount => ({
  id,
  virtualHostId: SEED_VHOST_ID,
  tenantId: null,
  urlPath: null,
  urlPattern: null,
  script: '/srv/admin/app.wsgi',
  processGroup: null,
  applicationGroup: null,
  callableObject: null,
  passAuthorization: null,
  ...fields,
});

/** The seed with a tenant's mount, an admin app and a WSGIScriptAliasMatch, a Python version and a home. */
function mounted(): ServerModel {
  const model = seedRestrictProcess();
  model.pythonVersion = '3.11';
  model.tenants[0]!.homeDirectory = '/srv/homes/bob';
  model.wsgiMounts = [
    mount('m-blog', {
      tenantId: 'tn-bob',
      urlPath: '/~bob/blog',
      script: '/home/bob/public_html/blog.wsgi',
      processGroup: 'bob:2',
      applicationGroup: '%{GLOBAL}',
    }),
    mount('m-admin', { urlPath: '/admin', processGroup: 'default', passAuthorization: true }),
    mount('m-api', { urlPattern: '^/api/(v[0-9]+)', script: '/srv/admin/api.wsgi', callableObject: 'app' }),
  ];
  return model;
}

const empty = (model: ServerModel): ServerModel => ({
  ...model,
  pythonVersion: null,
  daemonGroups: [],
  virtualHosts: [],
  directories: [],
  wsgiMounts: [],
});

const apply = (spec: ServerSpec, current: ServerModel, prune = false) => {
  const result = modelOfSpec(spec, current, current.tenants, { prune });
  return { ...result, plan: planOfSpec(current, result.model, new Set(result.pointers.keys())) };
};

const reversedMounts = (spec: ServerSpec): ServerSpec => ({
  ...spec,
  daemonGroups: [...spec.daemonGroups].reverse(),
  virtualHosts: [...spec.virtualHosts]
    .reverse()
    .map((v) => ({ ...v, wsgiMounts: [...(v.wsgiMounts ?? [])].reverse() })),
});

describe('the server spec carries WSGI mounts, the Python version and tenant homes', () => {
  it('exports them: mounts in the order Apache reads them, unset options left out', () => {
    const spec = specOfModel(mounted());
    expect(spec.server.pythonVersion).toBe('3.11');
    expect(spec.tenants.map((t) => [t.name, t.homeDirectory])).toEqual([
      ['bob', '/srv/homes/bob'],
      ['joe', null],
    ]);
    expect(spec.virtualHosts[0]!.wsgiMounts).toEqual([
      {
        urlPath: '/~bob/blog',
        script: '/home/bob/public_html/blog.wsgi',
        tenant: 'bob',
        processGroup: 'bob:2',
        applicationGroup: '%{GLOBAL}',
      },
      { urlPath: '/admin', script: '/srv/admin/app.wsgi', processGroup: 'default', passAuthorization: true },
      { urlPattern: '^/api/(v[0-9]+)', script: '/srv/admin/api.wsgi', callableObject: 'app' },
    ]);
    const reordered = { ...mounted(), wsgiMounts: [...mounted().wsgiMounts!].reverse() };
    expect(JSON.stringify(specOfModel(reordered))).toBe(JSON.stringify(spec));
  });

  it('applied over itself plans nothing; built on an empty server in any order it exports the same', () => {
    const model = mounted();
    expect(validate(model).filter((d) => d.severity === 'error')).toEqual([]);
    const spec = specOfModel(model);
    const same = apply(spec, model);
    expect(same.diagnostics).toEqual([]);
    expect(planIsEmpty(same.plan)).toBe(true);
    const built = apply(reversedMounts(spec), empty(model));
    expect(built.diagnostics).toEqual([]);
    expect(built.plan.filter((e) => e.kind === 'wsgiMount')).toEqual([
      { kind: 'wsgiMount', key: 'www.site.com /~bob/blog', action: 'create' },
      { kind: 'wsgiMount', key: 'www.site.com /admin', action: 'create' },
      { kind: 'wsgiMount', key: 'www.site.com ~^/api/(v[0-9]+)', action: 'create' },
    ]);
    expect(validate(built.model).filter((d) => d.severity === 'error')).toEqual([]);
    expect(JSON.stringify(specOfModel(built.model))).toBe(JSON.stringify(spec));
  });

  it('plans mounts by natural key: update in place, delete only when pruned, a new URL is a create', () => {
    const model = mounted();
    const spec = specOfModel(model);
    const mounts = spec.virtualHosts[0]!.wsgiMounts!;
    mounts[1] = { ...mounts[1]!, processGroup: 'bob:1', passAuthorization: false };
    mounts[2] = { ...mounts[2]!, urlPattern: '^/api2/' };
    mounts.splice(0, 1);
    const kept = apply(spec, model);
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
    expect(kept.plan.filter((e) => e.kind === 'wsgiMount').sort(byKey)).toEqual([
      {
        kind: 'wsgiMount',
        key: 'www.site.com /admin',
        action: 'update',
        fields: ['passAuthorization', 'processGroup'],
      },
      { kind: 'wsgiMount', key: 'www.site.com /~bob/blog', action: 'kept' },
      { kind: 'wsgiMount', key: 'www.site.com ~^/api/(v[0-9]+)', action: 'kept' },
      { kind: 'wsgiMount', key: 'www.site.com ~^/api2/', action: 'create' },
    ]);
    expect(kept.model.wsgiMounts!.find((m) => m.urlPath === '/admin')!.id).toBe('m-admin');
    const pruned = apply(spec, model, true);
    expect(
      pruned.plan.filter((e) => e.kind === 'wsgiMount' && e.action === 'delete').map((e) => e.key),
    ).toEqual(['www.site.com /~bob/blog', 'www.site.com ~^/api/(v[0-9]+)']);
  });

  it('a mount group the tenant may not select is an error pointing into the document', () => {
    const spec = specOfModel(mounted());
    const mounts = spec.virtualHosts[0]!.wsgiMounts!;
    mounts.push({ urlPath: '/~bob/wiki', script: '/home/bob/public_html/wiki.wsgi', tenant: 'bob' });
    mounts[0] = { ...mounts[0]!, processGroup: 'joe:1' };
    const { model, pointers, diagnostics } = apply(spec, mounted());
    expect(diagnostics).toEqual([]);
    const pointed = pointIntoSpec(validate(model), pointers).filter((d) => d.severity === 'error');
    expect(pointed.map((d) => [d.code, d.path])).toEqual(
      expect.arrayContaining([
        ['GROUP_NOT_ALLOWED_FOR_TENANT', '/virtualHosts/0/wsgiMounts/0/processGroup'],
        ['MOUNT_PROCESS_GROUP_REQUIRED', '/virtualHosts/0/wsgiMounts/3/processGroup'],
      ]),
    );
  });

  it('refuses a mount listed twice and an unknown tenant, pointing into the document', () => {
    const spec = specOfModel(mounted());
    const mounts = spec.virtualHosts[0]!.wsgiMounts!;
    mounts.push({ ...mounts[1]!, script: '/srv/admin/other.wsgi' });
    mounts.push({ urlPath: '/x', script: '/home/x/x.wsgi', tenant: 'nobody' });
    const { diagnostics } = apply(spec, mounted());
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['SPEC_DUPLICATE_KEY', '/virtualHosts/0/wsgiMounts/3/urlPath'],
      ['SPEC_UNKNOWN_TENANT', '/virtualHosts/0/wsgiMounts/4/tenant'],
    ]);
  });

  it('left out, the Python version and a tenant home are kept; null resets them', () => {
    const model = mounted();
    const spec = specOfModel(model);
    const { pythonVersion: _p, ...server } = spec.server;
    const { homeDirectory: _h, ...bob } = spec.tenants[0]!;
    const omitted = apply({ ...spec, server, tenants: [bob, spec.tenants[1]!] }, model);
    expect(planIsEmpty(omitted.plan)).toBe(true);
    expect(omitted.model.pythonVersion).toBe('3.11');
    const reset = apply(
      {
        ...spec,
        server: { ...spec.server, pythonVersion: null },
        tenants: [{ ...bob, homeDirectory: null }, spec.tenants[1]!],
      },
      model,
    );
    expect(reset.plan.filter((e) => e.action === 'update')).toEqual([
      { kind: 'server', key: model.name, action: 'update', fields: ['pythonVersion'] },
      { kind: 'tenant', key: 'bob', action: 'update', fields: ['homeDirectory'] },
    ]);
  });

  it('round-trips random models with mounts, Python versions and homes', () => {
    const withExtras = randomModel.chain((model) =>
      fc
        .record({
          pythonVersion: fc.option(fc.constantFrom('3.11', '3.12'), { nil: null }),
          homes: fc.array(fc.option(fc.constantFrom('/srv/h', '/home/x'), { nil: null }), {
            minLength: model.tenants.length,
            maxLength: model.tenants.length,
          }),
          mounts: fc.uniqueArray(
            fc.record({
              vhost: fc.nat(Math.max(model.virtualHosts.length - 1, 0)),
              url: fc.constantFrom('/a', '/b/c', '~^/p', '~^/q(.*)'),
              tenant: fc.nat(model.tenants.length),
              group: fc.option(fc.constantFrom('g1', '%{GLOBAL}'), { nil: null }),
              pass: fc.option(fc.boolean(), { nil: null }),
            }),
            { maxLength: 4, selector: (m) => `${m.vhost} ${m.url}` },
          ),
        })
        .map(({ pythonVersion, homes, mounts }) => ({
          ...model,
          pythonVersion,
          tenants: model.tenants.map((t, i) => ({ ...t, homeDirectory: homes[i] ?? null })),
          wsgiMounts:
            model.virtualHosts.length === 0
              ? []
              : mounts.map((m, i) =>
                  mount(`mt${i}`, {
                    virtualHostId: model.virtualHosts[m.vhost]!.id,
                    tenantId: model.tenants[m.tenant]?.id ?? null,
                    ...(m.url.startsWith('~') ? { urlPattern: m.url.slice(1) } : { urlPath: m.url }),
                    processGroup: m.group,
                    passAuthorization: m.pass,
                  }),
                ),
        })),
    );
    fc.assert(
      fc.property(withExtras, (model) => {
        const spec = specOfModel(model);
        const { model: built } = apply(spec, { ...empty(model), tenants: model.tenants });
        expect(specOfModel(built)).toEqual(spec);
      }),
      { numRuns: 200 },
    );
  });
});
