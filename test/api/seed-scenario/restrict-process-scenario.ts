import { expect } from '@jest/globals';
import type { TestApp } from '#test-support/app/start-app.js';

/** Thin HTTP helpers for the scenario: every call must succeed with the expected status. */
export class ScenarioClient {
  constructor(
    private readonly t: TestApp,
    private readonly token: string,
  ) {}

  async post<T = Record<string, unknown>>(path: string, body: object, status = 201): Promise<T> {
    const res = await this.t
      .http()
      .post(`/api/v1${path}`)
      .set('Authorization', `Bearer ${this.token}`)
      .send(body);
    expect({ path, status: res.status, body: res.body as unknown }).toMatchObject({ status });
    return res.body as T;
  }

  get(path: string) {
    return this.t.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${this.token}`);
  }

  put(path: string) {
    return this.t.http().put(`/api/v1${path}`).set('Authorization', `Bearer ${this.token}`);
  }

  /** Any method, for callers that pick it from data (the fuzzer). */
  request(method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) {
    return this.t.http()[method](`/api/v1${path}`).set('Authorization', `Bearer ${this.token}`);
  }
}

export interface Built {
  serverId: string;
  siteVhostId: string;
  directoryIds: Record<'bob' | 'joe', string>;
  tenantIds: Record<'bob' | 'joe', string>;
  groupIds: Record<string, string>;
}

/**
 * WSGIRestrictProcess.rst built by an admin through the API, placed under `root` (the private Apache's
 * temp directory) and listening on `port`: the global `default` group, www.site.com choosing its group by
 * %{ENV:PROCESS_GROUP} (default `default`), bob:1..3 and joe:1..3 in it, a second vhost with its own group,
 * the tenants, their users and one restricted directory each.
 */
export async function buildScenarioAsAdmin(
  admin: ScenarioClient,
  site: { root: string; port: number },
  passwords: Record<'bob' | 'joe', string>,
): Promise<Built> {
  const server = await admin.post<{ id: string }>('/servers', {
    name: 'www-site',
    configDir: `${site.root}/hostplane`,
  });
  const groupIds: Record<string, string> = {};
  const group = async (body: Record<string, unknown>) => {
    const created = await admin.post<{ id: string }>(`/servers/${server.id}/daemon-groups`, body);
    groupIds[String(body.name)] = created.id;
  };
  await group({ name: 'default', processes: 2, threads: 25 });
  const vhost = await admin.post<{ id: string }>(`/servers/${server.id}/virtual-hosts`, {
    serverName: 'www.site.com',
    addresses: [`*:${site.port}`],
    processGroup: '%{ENV:PROCESS_GROUP}',
    env: { PROCESS_GROUP: 'default' },
  });
  const other = await admin.post<{ id: string }>(`/servers/${server.id}/virtual-hosts`, {
    serverName: 'other.example',
    addresses: [`*:${site.port}`],
  });
  await group({ name: 'other:1', virtualHostId: other.id, threads: 5 });
  const tenantIds = { bob: '', joe: '' };
  const directoryIds = { bob: '', joe: '' };
  for (const name of ['bob', 'joe'] as const) {
    const tenant = await admin.post<{ id: string }>('/tenants', { name, unixUser: name, unixGroup: name });
    tenantIds[name] = tenant.id;
    for (const n of [1, 2, 3]) {
      await group({
        name: `${name}:${n}`,
        virtualHostId: vhost.id,
        tenantId: tenant.id,
        threads: 25,
        user: name,
        group: name,
      });
    }
    await admin.post('/users', {
      username: name,
      password: passwords[name],
      role: 'tenant',
      tenantId: tenant.id,
    });
    const directory = await admin.post<{ id: string }>(`/virtual-hosts/${vhost.id}/directories`, {
      path: `${site.root}/home/${name}/public_html`,
      tenantId: tenant.id,
      urlPath: `/${name}`,
      allowOverride: ['FileInfo'],
      options: ['ExecCGI'],
      handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
      restrictProcess: [`${name}:1`, `${name}:2`, `${name}:3`],
      env: { PROCESS_GROUP: `${name}:1` },
    });
    directoryIds[name] = directory.id;
  }
  return { serverId: server.id, siteVhostId: vhost.id, directoryIds, tenantIds, groupIds };
}
