/**
 * Summary and description of the operations, by operationId (Controller_method), for routes without an
 * @ApiOperation. A route with neither fails `npm run lint:openapi`, so none ships undocumented.
 */
export const OPERATION_TEXTS: Readonly<Record<string, readonly [summary: string, description: string]>> = {
  Metrics_scrape: [
    'Prometheus metrics',
    'Process and HTTP metrics in the Prometheus text format. Public like the probes: keep it off the internet at the load balancer.',
  ],
  Health_health: ['Liveness probe', 'Answers while the process runs; never touches the database.'],
  Health_ready: [
    'Readiness probe',
    'Answers 200 once the database answers and every migration is applied, 503 otherwise.',
  ],
  Login_login: [
    'Log in',
    'Exchanges a username and password for a session token (a JWT). Failed attempts are rate limited per username and per client address.',
  ],
  Me_me: ['Who am I', 'The user behind the credential: id, username, role and tenant.'],
  ApiTokens_create: [
    'Create an API token',
    'The token is in `token` of this answer, once; only its hash is stored. Only admins may create server-scoped (agent) tokens.',
  ],
  ApiTokens_list: [
    'List API tokens',
    'The caller’s own tokens; admins may list another user’s with `userId`.',
  ],
  ApiTokens_revoke: ['Revoke an API token', 'The token answers 401 from the next request on.'],
  Users_create: ['Create a user', 'Admins create admins and tenant users (a tenant user names its tenant).'],
  Users_list: ['List users', 'Filterable by username, role and tenant.'],
  Users_get: ['Get a user', 'One user, without any credential.'],
  Users_update: [
    'Update a user',
    'Changing the password, role, tenant or `disabled` ends the user’s sessions; an admin password reset also revokes the user’s API tokens.',
  ],
  Users_delete: [
    'Delete a user',
    'Deletes the user with all of its API tokens. The last enabled admin cannot be removed.',
  ],
  ServerPublications_create: [
    'Publish the server’s configuration',
    'Renders the model, stores a new revision and (in local apply mode) applies it: 201 with the new revision, 200 with `noop: true` when that configuration is already live or pending, or with `?dryRun=true` 200 with the diff and nothing stored.',
  ],
  ServerPublications_list: ['List publications', 'Newest first; filterable by status.'],
  ServerPublications_live: [
    'Revision an agent should apply',
    'The newest pending revision, else the live one. Agents poll it with If-None-Match.',
  ],
  ServerPublications_drift: [
    'Drift of the live files',
    'Compares the files on this host with the live revision (local apply mode only).',
  ],
  Publications_get: ['Get a publication', 'One revision with its files’ summaries and diagnostics.'],
  Publications_diff: [
    'Diff two publications',
    'Unified diffs of this revision against another one (by default the one before it).',
  ],
  Publications_rollback: [
    'Roll back to a publication',
    'Publishes the files of an earlier live revision again, as a new revision (201), or 200 with `noop: true` when they are already live.',
  ],
  Publications_report: ['Report a deployment', 'An agent reports whether it applied a pending revision.'],
  Inspection_validation: [
    'Validate a server',
    'The Apache engine’s validate() over the server’s whole model: errors and warnings.',
  ],
  Inspection_config: [
    'Rendered configuration',
    'The files the server’s model renders to, and their digest; 422 while the model has errors.',
  ],
  Inspection_resolve: [
    'Resolve a request',
    'What Apache and mod_wsgi would do for one URL: virtual host, directory, process group and why. Tenants may only resolve inside their directories.',
  ],
  Htaccess_read: [
    'Read a directory’s .htaccess',
    'As JSON rules with the groups the owner may choose, or with Accept: text/plain as the file itself. Each representation has its own ETag.',
  ],
  Htaccess_replace: [
    'Replace a directory’s .htaccess',
    'As JSON rules or as the file itself (text/plain). Validated against the whole server model; with If-Match, refused with 412 if it changed since it was read.',
  ],
  AuditEvents_list: [
    'List audit events',
    'Every write, newest first, filterable by actor, target, server, tenant, action and time.',
  ],
  Server_create: ['Create a server', 'A web server Hostplane renders configuration for.'],
  Server_list: ['List servers', 'Filterable by name.'],
  Server_get: ['Get a server', 'One server with its settings and model revision.'],
  Server_update: ['Update a server', 'Validated against the server’s whole model.'],
  Server_delete: ['Delete a server', 'Refused with 409 while other objects still use it.'],
  DaemonGroup_create: ['Create a daemon process group', 'A WSGIDaemonProcess group on the server.'],
  DaemonGroup_list: [
    'List daemon process groups',
    'Admins: all of the server’s; a tenant: the groups serving it.',
  ],
  DaemonGroup_get: ['Get a daemon process group', 'Tenants see only the groups serving them.'],
  DaemonGroup_update: ['Update a daemon process group', 'Validated against the server’s whole model.'],
  DaemonGroup_delete: ['Delete a daemon process group', 'Refused with 409 while other objects still use it.'],
  VirtualHost_create: ['Create a virtual host', 'A VirtualHost on the server.'],
  VirtualHost_list: ['List virtual hosts', 'Filterable by server name.'],
  VirtualHost_get: [
    'Get a virtual host',
    'Admins get the whole virtual host; a tenant a reduced view, for a host holding one of its directories.',
  ],
  VirtualHost_update: ['Update a virtual host', 'Validated against the server’s whole model.'],
  VirtualHost_delete: ['Delete a virtual host', 'Refused with 409 while other objects still use it.'],
  VirtualHost_getProcessGroupMap: [
    'Get the process group map',
    'The WSGIProcessGroup expressions mapping requests to groups.',
  ],
  VirtualHost_putProcessGroupMap: [
    'Replace the process group map',
    'Replaces the whole map; validated against the server’s whole model.',
  ],
  Tenant_create: ['Create a tenant', 'A hosting customer with its unix user.'],
  Tenant_list: ['List tenants', 'Admins: all; a tenant: its own record.'],
  Tenant_get: ['Get a tenant', 'Tenants see only their own record.'],
  Tenant_update: ['Update a tenant', 'Validated against the model of every server it is on.'],
  Tenant_delete: ['Delete a tenant', 'Refused with 409 while other objects still use it.'],
  Directory_create: ['Create a directory', 'A Directory block of a virtual host, owned by a tenant.'],
  Directory_listOfVirtualHost: ['List a virtual host’s directories', 'Filterable by path and tenant.'],
  Directory_list: [
    'List directories',
    'Admins: all; tenants: their own. Filterable by path, tenant, virtual host and server.',
  ],
  Directory_get: ['Get a directory', 'Tenants see only their own directories.'],
  Directory_update: ['Update a directory', 'Validated against the server’s whole model.'],
  Directory_delete: ['Delete a directory', 'Deletes it with its .htaccess rules.'],
  Fleet_report: [
    'Report what an agent found',
    'The agent’s heartbeat, once per poll, with what it found on its server. Only that server’s scoped agent token.',
  ],
  Fleet_serverStatus: ['Status of a server', 'The server’s state as its agent last reported it.'],
  Fleet_fleet: [
    'List the fleet',
    'One row per server, in creation order, with what its agent last reported.',
  ],
  Fleet_groupProcesses: [
    'Processes of a daemon group',
    'As the server’s agent last reported them. Tenants see only the groups serving them.',
  ],
  ServerSpec_export: [
    'Export a server as one document',
    'The server’s whole inventory as one spec, as JSON or (Accept: application/yaml) YAML; one ETag per media type.',
  ],
  ServerSpec_apply: [
    'Apply a server document',
    'Makes the server match the spec (JSON or YAML). `dryRun` answers the plan and writes nothing; `prune` also deletes what the spec omits. With If-Match, refused with 412 if the server changed since the export.',
  ],
  ServerSpec_import: [
    'Import Apache configuration files',
    'Reads Apache configuration files as Apache does, into a spec.',
  ],
  WsgiMount_create: [
    'Mount a WSGI application',
    'A WSGIScriptAlias (or WSGIScriptAliasMatch) of a virtual host. Tenants mount their own scripts.',
  ],
  WsgiMount_list: ['List a virtual host’s WSGI mounts', 'Admins: all; a tenant: its own mounts.'],
  WsgiMount_get: ['Get a WSGI mount', 'Tenants see only their own mounts.'],
  WsgiMount_update: ['Update a WSGI mount', 'Validated against the server’s whole model.'],
  WsgiMount_delete: ['Delete a WSGI mount', 'Tenants delete only their own mounts.'],
};
