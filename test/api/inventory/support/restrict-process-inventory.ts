import type { ApiClient } from './admin-client.js';

export interface RestrictProcessInventory {
  serverId: string;
  vhostId: string;
  tenants: Record<'bob' | 'joe', string>;
  groups: Record<string, string>;
  directories: Record<'bob' | 'joe', string>;
}

/**
 * The configuration of WSGIRestrictProcess.rst, built only through the API: a global "default" group, the
 * www.site.com vhost selecting %{ENV:PROCESS_GROUP} (default "default"), bob:1..3 and joe:1..3 running as
 * their tenant, and each tenant's public_html restricted to its own three groups.
 */
export async function buildRestrictProcessInventory(
  admin: ApiClient,
  name = 'web1',
): Promise<RestrictProcessInventory> {
  const created = async (path: string, body: object): Promise<string> => {
    const res = await admin.post(path, body);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${res.text}`);
    return (res.body as { id: string }).id;
  };
  const serverId = await created('/servers', { name });
  // Order matters: the vhost's SetEnv names "default", which must exist first (the engine checks it).
  const groups: Record<string, string> = {};
  groups.default = await created(`/servers/${serverId}/daemon-groups`, {
    name: 'default',
    processes: 2,
    threads: 25,
  });
  const vhostId = await created(`/servers/${serverId}/virtual-hosts`, {
    serverName: 'www.site.com',
    addresses: ['*:80'],
    processGroup: '%{ENV:PROCESS_GROUP}',
    env: { PROCESS_GROUP: 'default' },
  });
  const tenants = {
    bob: await created('/tenants', { name: 'bob', unixUser: 'bob', unixGroup: 'bob' }),
    joe: await created('/tenants', { name: 'joe', unixUser: 'joe', unixGroup: 'joe' }),
  };
  for (const user of ['bob', 'joe'] as const) {
    for (const n of [1, 2, 3]) {
      groups[`${user}:${n}`] = await created(`/servers/${serverId}/daemon-groups`, {
        name: `${user}:${n}`,
        virtualHostId: vhostId,
        tenantId: tenants[user],
        threads: 25,
        user,
        group: user,
      });
    }
  }
  const directory = (user: 'bob' | 'joe') =>
    created(`/virtual-hosts/${vhostId}/directories`, {
      path: `/home/${user}/public_html`,
      tenantId: tenants[user],
      allowOverride: ['FileInfo'],
      options: ['ExecCGI'],
      handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
      restrictProcess: [`${user}:1`, `${user}:2`, `${user}:3`],
      env: { PROCESS_GROUP: `${user}:1` },
    });
  const directories = { bob: await directory('bob'), joe: await directory('joe') };
  return { serverId, vhostId, tenants, groups, directories };
}
