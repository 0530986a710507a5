import type { Test } from 'supertest';
import type { TestApp } from '#test-support/app/start-app.js';
import type { TwoTenantServer } from '#test-support/data/two-tenant-server.js';

/** What one tenant (joe) knows and what the other (bob) owns; joe's requests aim at bob's ids. */
export interface MatrixContext {
  t: TestApp;
  joeToken: string;
  server: TwoTenantServer;
  bobTokenId: string;
}

export interface MatrixProbe {
  /** Requests joe sends, carrying bob's ids wherever the route takes an id. */
  requests: (ctx: MatrixContext) => Test[];
  /** 404 for routes addressing bob's objects; 200/201/204 for joe's own lists and self routes. */
  status: number;
}

const as = (ctx: MatrixContext, test: Test): Test => test.set('Authorization', `Bearer ${ctx.joeToken}`);

/**
 * EVERY tenant-reachable route (declared @Authenticated or @AdminOnlyAfterLookup) by handler name. The isolation spec fails when
 * the app has a tenant-reachable route missing here: a new route must say how it keeps tenants apart.
 */
export const TENANT_ROUTE_MATRIX: Record<string, MatrixProbe> = {
  'MeController.me': { status: 200, requests: (c) => [as(c, c.t.http().get('/api/v1/me'))] },
  'HtaccessController.read': {
    status: 404,
    requests: (c) => [
      as(c, c.t.http().get(`/api/v1/directories/${c.server.bobDirectoryId}/htaccess`)),
      as(
        c,
        c.t.http().get(`/api/v1/directories/${c.server.bobDirectoryId}/htaccess`).set('Accept', 'text/plain'),
      ),
    ],
  },
  'HtaccessController.replace': {
    status: 404,
    requests: (c) => [
      as(c, c.t.http().put(`/api/v1/directories/${c.server.bobDirectoryId}/htaccess`).send({ rules: [] })),
      as(
        c,
        c.t
          .http()
          .put(`/api/v1/directories/${c.server.bobDirectoryId}/htaccess`)
          .set('Content-Type', 'text/plain')
          .set('If-Match', '*')
          .send(''),
      ),
    ],
  },
  'InspectionController.resolve': {
    status: 404,
    requests: (c) => [
      as(
        c,
        c.t.http().get(`/api/v1/servers/${c.server.serverId}/resolve?host=www.site.com&path=/bob/blog.wsgi`),
      ),
      as(c, c.t.http().get(`/api/v1/servers/${c.server.serverId}/resolve?host=www.site.com&path=/bob/`)),
      as(
        c,
        c.t.http().get(`/api/v1/servers/${c.server.serverId}/resolve?host=www.site.com&path=/index.html`),
      ),
    ],
  },
  'DirectoryController.list': {
    status: 200,
    requests: (c) => [
      as(c, c.t.http().get('/api/v1/directories')),
      as(c, c.t.http().get('/api/v1/directories?path=/home/bob/public_html')),
    ],
  },
  'DirectoryController.get': {
    status: 404,
    requests: (c) => [as(c, c.t.http().get(`/api/v1/directories/${c.server.bobDirectoryId}`))],
  },
  'TenantController.list': {
    status: 200,
    requests: (c) => [
      as(c, c.t.http().get('/api/v1/tenants')),
      as(c, c.t.http().get('/api/v1/tenants?name=bob-tenant')),
      as(c, c.t.http().get('/api/v1/tenants?unixUser=bob')),
    ],
  },
  'TenantController.get': {
    status: 404,
    requests: (c) => [as(c, c.t.http().get(`/api/v1/tenants/${c.server.bobTenantId}`))],
  },
  // joe has directories and groups on this server: he sees his own groups, whatever the filters say.
  'DaemonGroupController.list': {
    status: 200,
    requests: (c) => [
      as(c, c.t.http().get(`/api/v1/servers/${c.server.serverId}/daemon-groups`)),
      as(c, c.t.http().get(`/api/v1/servers/${c.server.serverId}/daemon-groups?name=bob:1`)),
      as(
        c,
        c.t.http().get(`/api/v1/servers/${c.server.serverId}/daemon-groups?tenantId=${c.server.bobTenantId}`),
      ),
    ],
  },
  'DaemonGroupController.get': {
    status: 404,
    requests: (c) =>
      ['bob:1', 'bob:2', 'bob:3', 'other:1'].map((name) =>
        as(c, c.t.http().get(`/api/v1/daemon-groups/${c.server.groupIds[name] ?? name}`)),
      ),
  },
  // The processes an agent reported for bob's groups (and for a group serving no tenant): not joe's to see.
  'FleetController.groupProcesses': {
    status: 404,
    requests: (c) =>
      ['bob:1', 'bob:2', 'other:1'].map((name) =>
        as(c, c.t.http().get(`/api/v1/daemon-groups/${c.server.groupIds[name] ?? name}/processes`)),
      ),
  },
  // Restarting bob's groups (or one serving no tenant), and reading a restart of them: 404, never 409/403.
  'DaemonGroupRestartsController.restart': {
    status: 404,
    requests: (c) =>
      ['bob:1', 'bob:2', 'other:1'].map((name) =>
        as(c, c.t.http().post(`/api/v1/daemon-groups/${c.server.groupIds[name] ?? name}/restart`)),
      ),
  },
  'DaemonGroupRestartsController.get': {
    status: 404,
    requests: (c) =>
      ['bob:1', 'other:1'].map((name) =>
        as(
          c,
          c.t
            .http()
            .get(
              `/api/v1/daemon-groups/${c.server.groupIds[name] ?? name}/restarts/00000000-0000-4000-8000-000000000000`,
            ),
        ),
      ),
  },
  // A vhost holding none of joe's directories (the shared www.site.com is covered by its own spec).
  'VirtualHostController.get': {
    status: 404,
    requests: (c) => [as(c, c.t.http().get(`/api/v1/virtual-hosts/${c.server.otherVhostId}`))],
  },
  // @AdminOnlyAfterLookup: admin-only writes on objects a tenant may see. Another tenant's object is 404,
  // exactly like a missing one, never 403 (api-v1 "Tenancy"; the security review's finding 8).
  'DirectoryController.update': {
    status: 404,
    requests: (c) => [as(c, c.t.http().patch(`/api/v1/directories/${c.server.bobDirectoryId}`).send({}))],
  },
  'DirectoryController.delete': {
    status: 404,
    requests: (c) => [as(c, c.t.http().delete(`/api/v1/directories/${c.server.bobDirectoryId}`))],
  },
  'DaemonGroupController.update': {
    status: 404,
    requests: (c) =>
      ['bob:1', 'other:1', 'default'].map((name) =>
        as(
          c,
          c.t
            .http()
            .patch(`/api/v1/daemon-groups/${c.server.groupIds[name] ?? name}`)
            .send({}),
        ),
      ),
  },
  'DaemonGroupController.delete': {
    status: 404,
    requests: (c) =>
      ['bob:1', 'other:1', 'default'].map((name) =>
        as(c, c.t.http().delete(`/api/v1/daemon-groups/${c.server.groupIds[name] ?? name}`)),
      ),
  },
  'TenantController.update': {
    status: 404,
    requests: (c) => [as(c, c.t.http().patch(`/api/v1/tenants/${c.server.bobTenantId}`).send({}))],
  },
  'TenantController.delete': {
    status: 404,
    requests: (c) => [as(c, c.t.http().delete(`/api/v1/tenants/${c.server.bobTenantId}`))],
  },
  'VirtualHostController.update': {
    status: 404,
    requests: (c) => [as(c, c.t.http().patch(`/api/v1/virtual-hosts/${c.server.otherVhostId}`).send({}))],
  },
  'VirtualHostController.delete': {
    status: 404,
    requests: (c) => [as(c, c.t.http().delete(`/api/v1/virtual-hosts/${c.server.otherVhostId}`))],
  },
  'VirtualHostController.getProcessGroupMap': {
    status: 404,
    requests: (c) => [
      as(c, c.t.http().get(`/api/v1/virtual-hosts/${c.server.otherVhostId}/process-group-map`)),
    ],
  },
  'VirtualHostController.putProcessGroupMap': {
    status: 404,
    requests: (c) => [
      as(
        c,
        c.t
          .http()
          .put(`/api/v1/virtual-hosts/${c.server.otherVhostId}/process-group-map`)
          .send({ fallback: 'default', entries: [] }),
      ),
    ],
  },
  // WSGI mounts (issue 10): bob's mount is 404 to joe on every route; a vhost holding none of joe's
  // directories is 404 for a new mount; joe's list on the shared vhost holds only his own (none).
  'WsgiMountController.create': {
    status: 404,
    requests: (c) => [
      as(
        c,
        c.t
          .http()
          .post(`/api/v1/virtual-hosts/${c.server.otherVhostId}/wsgi-mounts`)
          .send({ urlPath: '/x', script: '/home/joe/public_html/x.py', processGroup: 'joe:1' }),
      ),
    ],
  },
  'WsgiMountController.list': {
    status: 200,
    requests: (c) => [as(c, c.t.http().get(`/api/v1/virtual-hosts/${c.server.siteVhostId}/wsgi-mounts`))],
  },
  'WsgiMountController.get': {
    status: 404,
    requests: (c) => [as(c, c.t.http().get(`/api/v1/wsgi-mounts/${c.server.bobMountId}`))],
  },
  'WsgiMountController.update': {
    status: 404,
    requests: (c) => [
      as(c, c.t.http().patch(`/api/v1/wsgi-mounts/${c.server.bobMountId}`).send({ processGroup: 'joe:1' })),
    ],
  },
  'WsgiMountController.delete': {
    status: 404,
    requests: (c) => [as(c, c.t.http().delete(`/api/v1/wsgi-mounts/${c.server.bobMountId}`))],
  },
  'ApiTokensController.create': {
    status: 201,
    requests: (c) => [as(c, c.t.http().post('/api/v1/auth/tokens').send({ name: 'joe-script' }))],
  },
  'ApiTokensController.list': {
    status: 200,
    requests: (c) => [as(c, c.t.http().get('/api/v1/auth/tokens'))],
  },
  'ApiTokensController.revoke': {
    status: 404,
    requests: (c) => [as(c, c.t.http().delete(`/api/v1/auth/tokens/${c.bobTokenId}`))],
  },
};
