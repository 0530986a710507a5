import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startScenario, type ScenarioApp } from '../seed-scenario/scenario-app.js';

interface Mount {
  urlPath?: string;
  script: string;
  tenant?: string;
  processGroup?: string;
  passAuthorization?: boolean;
}

interface Spec {
  server: { pythonVersion?: string | null };
  tenants: { name: string; homeDirectory?: string | null }[];
  virtualHosts: { serverName: string; wsgiMounts?: Mount[] }[];
}

interface Answer {
  changed: boolean;
  plan: { kind: string; key: string; action: string; fields?: string[] }[];
}

describe('the spec carries WSGI mounts, the Python version and tenant homes through HTTP', () => {
  let s: ScenarioApp;
  let root: string;
  let seeded: Spec;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'hostplane-spec-mounts-'));
    s = await startScenario({ root, port: 8080 });
    seeded = (await s.admin.get(`/servers/${s.built.serverId}/spec`)).body as Spec;
  }, 120_000);

  afterAll(async () => {
    await s?.t.close();
  });

  const put = (body: unknown, query = '') =>
    s.admin.put(`/servers/${s.built.serverId}/spec${query}`).send(body as object);
  const site = (spec: Spec) => spec.virtualHosts.findIndex((v) => v.serverName === 'www.site.com');
  const withMount = (mount: Mount): Spec => {
    const spec = structuredClone(seeded);
    spec.virtualHosts[site(spec)]!.wsgiMounts = [mount];
    return spec;
  };
  const bobsApp = (): Mount => ({
    urlPath: '/~bob/app',
    script: `${root}/home/bob/public_html/app.wsgi`,
    tenant: 'bob',
    processGroup: 'bob:2',
    passAuthorization: true,
  });

  it('exports them (none yet): every vhost lists its mounts, the server its Python version', () => {
    expect(seeded.server.pythonVersion).toBeNull();
    expect(seeded.tenants.map((t) => t.homeDirectory)).toEqual([null, null]);
    expect(seeded.virtualHosts.map((v) => v.wsgiMounts)).toEqual([[], []]);
  });

  it('a PUT creates a mount by its natural key, sets the Python version and a home; a second PUT changes nothing', async () => {
    const spec = withMount(bobsApp());
    spec.server.pythonVersion = '3.11';
    spec.tenants.find((t) => t.name === 'bob')!.homeDirectory = `${root}/home/bob`;
    const res = await put(spec);
    expect(res.status).toBe(200);
    const plan = (res.body as Answer).plan.filter((e) => e.action !== 'unchanged');
    expect(plan).toEqual(
      expect.arrayContaining([
        { kind: 'server', key: 'www-site', action: 'update', fields: ['pythonVersion'] },
        { kind: 'tenant', key: 'bob', action: 'update', fields: ['homeDirectory'] },
        { kind: 'wsgiMount', key: 'www.site.com /~bob/app', action: 'create' },
      ]),
    );
    expect(plan).toHaveLength(3);

    const exported = (await s.admin.get(`/servers/${s.built.serverId}/spec`)).body as Spec;
    expect(exported.virtualHosts[site(exported)]!.wsgiMounts).toEqual([bobsApp()]);
    expect(exported.server.pythonVersion).toBe('3.11');
    const mounts = await s.admin.get(`/virtual-hosts/${s.built.siteVhostId}/wsgi-mounts`);
    expect((mounts.body as { items: { urlPath: string; tenantId: string }[] }).items).toEqual([
      expect.objectContaining({ urlPath: '/~bob/app', tenantId: s.built.tenantIds.bob }),
    ]);
    const again = await put(exported);
    expect((again.body as Answer).changed).toBe(false);
    const audit = await s.admin.get(`/audit-events?action=wsgi-mount.create&serverId=${s.built.serverId}`);
    expect((audit.body as { items: unknown[] }).items).toHaveLength(1);
  });

  it('updates the mount in place; leaving it out keeps it, unless the PUT prunes', async () => {
    const changed = withMount({ ...bobsApp(), processGroup: 'bob:3' });
    const res = await put(changed);
    expect((res.body as Answer).plan).toContainEqual({
      kind: 'wsgiMount',
      key: 'www.site.com /~bob/app',
      action: 'update',
      fields: ['processGroup'],
    });
    const without = withMount(bobsApp());
    without.virtualHosts[site(without)]!.wsgiMounts = [];
    const kept = await put(without, '?dryRun=true');
    expect((kept.body as Answer).plan).toContainEqual({
      kind: 'wsgiMount',
      key: 'www.site.com /~bob/app',
      action: 'kept',
    });
    const pruned = await put(without, '?prune=true');
    expect((pruned.body as Answer).plan).toContainEqual({
      kind: 'wsgiMount',
      key: 'www.site.com /~bob/app',
      action: 'delete',
    });
    const mounts = await s.admin.get(`/virtual-hosts/${s.built.siteVhostId}/wsgi-mounts`);
    expect((mounts.body as { items: unknown[] }).items).toEqual([]);
  });

  it("a mount in another tenant's group is a 422 pointing into the document, and stores nothing", async () => {
    const bad = withMount({ ...bobsApp(), processGroup: 'joe:1' });
    const res = await put(bad);
    expect(res.status).toBe(422);
    const paths = (res.body as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toContain(`/virtualHosts/${site(bad)}/wsgiMounts/0/processGroup`);
    const badVersion = withMount(bobsApp());
    badVersion.server.pythonVersion = 'three';
    const version = await put(badVersion);
    expect(version.status).toBe(422);
    expect((version.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(
      '/server/pythonVersion',
    );
    const mounts = await s.admin.get(`/virtual-hosts/${s.built.siteVhostId}/wsgi-mounts`);
    expect((mounts.body as { items: unknown[] }).items).toEqual([]);
  });
});
