import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { startScenario, type ScenarioApp } from '../seed-scenario/scenario-app.js';

interface Spec {
  tenants: { name: string }[];
  daemonGroups: { name: string }[];
  virtualHosts: {
    serverName: string;
    directories: { path: string; htaccess: { files?: string; processGroup: string }[] }[];
  }[];
  [key: string]: unknown;
}

interface Answer {
  dryRun: boolean;
  changed: boolean;
  plan: { kind: string; key: string; action: string }[];
  diagnostics: { code: string; path: string }[];
  files?: { path: string; change: string }[];
}

const reversed = (spec: Spec): Spec => ({
  ...spec,
  tenants: [...spec.tenants].reverse(),
  daemonGroups: [...spec.daemonGroups].reverse(),
  virtualHosts: [...spec.virtualHosts]
    .reverse()
    .map((v) => ({ ...v, directories: [...v.directories].reverse() })),
});

describe('a server as one document: export, plan, apply', () => {
  let s: ScenarioApp;
  let seeded: Spec;
  let empty: string;

  beforeAll(async () => {
    s = await startScenario({ root: mkdtempSync(join(tmpdir(), 'hostplane-spec-')), port: 8080 });
    seeded = (await s.admin.get(`/servers/${s.built.serverId}/spec`)).body as Spec;
    empty = (await s.admin.post<{ id: string }>('/servers', { name: 'provisioned' })).id;
  }, 120_000);

  afterAll(async () => {
    await s?.t.close();
  });

  const put = (serverId: string, body: unknown, query = '') =>
    s.admin.put(`/servers/${serverId}/spec${query}`).send(body as object);
  const revisionOf = async (serverId: string) =>
    ((await s.admin.get(`/servers/${serverId}`)).body as { modelRevision: number }).modelRevision;
  const auditCount = async (serverId: string) =>
    ((await s.admin.get(`/audit-events?serverId=${serverId}&limit=100`)).body as { items: unknown[] }).items
      .length;

  it('exports the seed built through the API, with an ETag, byte-identically each time', async () => {
    const first = await s.admin.get(`/servers/${s.built.serverId}/spec`);
    const second = await s.admin.get(`/servers/${s.built.serverId}/spec`);
    expect(first.status).toBe(200);
    expect(first.headers.etag).toMatch(/^"spec-/);
    expect(second.text).toBe(first.text);
    expect(seeded.daemonGroups.map((g) => g.name)).toEqual([
      'bob:1',
      'bob:2',
      'bob:3',
      'default',
      'joe:1',
      'joe:2',
      'joe:3',
      'other:1',
    ]);
    const notModified = await s.admin
      .get(`/servers/${s.built.serverId}/spec`)
      .set('If-None-Match', first.headers.etag!);
    expect(notModified.status).toBe(304);
  });

  it('applying the exported document over its own server changes nothing: no revision, no audit event', async () => {
    const [revision, events] = [await revisionOf(s.built.serverId), await auditCount(s.built.serverId)];
    const res = await put(s.built.serverId, seeded);
    expect(res.status).toBe(200);
    expect((res.body as Answer).changed).toBe(false);
    expect(await revisionOf(s.built.serverId)).toBe(revision);
    expect(await auditCount(s.built.serverId)).toBe(events);
  });

  it('a dry run on an empty server answers the plan and the rendered files, and stores nothing', async () => {
    const res = await put(empty, seeded, '?dryRun=true');
    expect(res.status).toBe(200);
    const answer = res.body as Answer;
    expect(answer).toMatchObject({ dryRun: true, changed: true });
    expect(answer.diagnostics.filter((d) => (d as { severity?: string }).severity === 'error')).toEqual([]);
    expect(answer.plan).toContainEqual({ kind: 'daemonGroup', key: 'bob:2', action: 'create' });
    expect(answer.files?.map((f) => f.path)).toContain('httpd/hostplane.conf');
    expect(await revisionOf(empty)).toBe(0);
  });

  it('a document with one bad rule is a 422 pointing into the document, and stores nothing', async () => {
    const bad = structuredClone(seeded);
    const vhost = bad.virtualHosts.findIndex((v) => v.directories.length > 0);
    const rules = bad.virtualHosts[vhost]!.directories[0]!.htaccess;
    rules.push({ files: 'x.wsgi', processGroup: 'joe:1' });
    const res = await put(empty, bad);
    expect(res.status).toBe(422);
    const paths = (res.body as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toContain(`/virtualHosts/${vhost}/directories/0/htaccess/${rules.length - 1}/processGroup`);
    expect(await revisionOf(empty)).toBe(0);
  });

  it('provisions the whole seed in one call whatever the order of its lists; a second PUT changes nothing', async () => {
    const res = await put(empty, reversed(seeded));
    expect(res.status).toBe(200);
    expect((res.body as Answer).changed).toBe(true);
    const revision = await revisionOf(empty);
    expect(revision).toBe(1);
    const exported = (await s.admin.get(`/servers/${empty}/spec`)).body as Spec;
    expect(exported).toEqual(seeded);
    const again = await put(empty, seeded);
    expect((again.body as Answer).changed).toBe(false);
    expect(await revisionOf(empty)).toBe(revision);
    const valid = await s.admin.get(`/servers/${empty}/validation`);
    expect((valid.body as { valid: boolean }).valid).toBe(true);
  });

  it('refuses a stale If-Match with 412 and accepts the current ETag', async () => {
    const current = await s.admin.get(`/servers/${empty}/spec`);
    const stale = await put(empty, seeded).set('If-Match', '"spec-stale"');
    expect(stale.status).toBe(412);
    const fresh = await put(empty, seeded).set('If-Match', current.headers.etag!);
    expect(fresh.status).toBe(200);
  });

  it('keeps what the document omits unless asked to prune', async () => {
    const without = {
      ...seeded,
      virtualHosts: seeded.virtualHosts.filter((v) => v.serverName !== 'other.example'),
    };
    without.daemonGroups = seeded.daemonGroups.filter((g) => g.name !== 'other:1');
    const kept = (await put(empty, without, '?dryRun=true')).body as Answer;
    expect(kept.plan).toContainEqual({ kind: 'virtualHost', key: 'other.example', action: 'kept' });
    const pruned = await put(empty, without, '?prune=true');
    expect(pruned.status).toBe(200);
    expect((pruned.body as Answer).plan).toContainEqual({
      kind: 'virtualHost',
      key: 'other.example',
      action: 'delete',
    });
    const exported = (await s.admin.get(`/servers/${empty}/spec`)).body as Spec;
    expect(exported.virtualHosts.map((v) => v.serverName)).toEqual(['www.site.com']);
  });

  it('speaks YAML both ways, with its own ETag', async () => {
    const yaml = await s.admin.get(`/servers/${s.built.serverId}/spec`).set('Accept', 'application/yaml');
    expect(yaml.status).toBe(200);
    expect(yaml.headers['content-type']).toMatch(/^application\/yaml/);
    const json = await s.admin.get(`/servers/${s.built.serverId}/spec`);
    expect(yaml.headers.etag).not.toBe(json.headers.etag);
    expect(parseYaml(yaml.text)).toEqual(seeded);
    const res = await s.admin
      .put(`/servers/${s.built.serverId}/spec`)
      .set('Content-Type', 'application/yaml')
      .send(yaml.text);
    expect(res.status).toBe(200);
    expect((res.body as Answer).changed).toBe(false);
    const broken = await s.admin
      .put(`/servers/${s.built.serverId}/spec`)
      .set('Content-Type', 'application/yaml')
      .send('a: &x [1]\nb: *x\n');
    expect(broken.status).toBe(400);
  });

  it('is for admins only', async () => {
    expect((await s.bob.get(`/servers/${s.built.serverId}/spec`)).status).toBe(403);
    expect((await s.bob.put(`/servers/${s.built.serverId}/spec`).send(seeded)).status).toBe(403);
    expect(
      (await s.bob.request('post', `/servers/${s.built.serverId}/imports`).send({ files: [] })).status,
    ).toBe(403);
  });
});
