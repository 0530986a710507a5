/**
 * Generated from docs/openapi.json by scripts/client-generate.mjs (openapi-typescript). Do not edit:
 * run `npm run client:generate`; `npm run client:drift` (in `npm run check`) fails when it is stale.
 */
export type paths = {
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prometheus metrics
     * @description Process and HTTP metrics in the Prometheus text format. Public like the probes: keep it off the internet at the load balancer.
     */
    get: operations['Metrics_scrape'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness probe
     * @description Answers while the process runs; never touches the database.
     */
    get: operations['Health_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness probe
     * @description Answers 200 once the database answers and every migration is applied, 503 otherwise.
     */
    get: operations['Health_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in
     * @description Exchanges a username and password for a session token (a JWT). Failed attempts are rate limited per username and per client address.
     */
    post: operations['Login_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who am I
     * @description The user behind the credential: id, username, role and tenant.
     */
    get: operations['Me_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List API tokens
     * @description The caller’s own tokens; admins may list another user’s with `userId`.
     */
    get: operations['ApiTokens_list'];
    put?: never;
    /**
     * Create an API token
     * @description The token is in `token` of this answer, once; only its hash is stored. Only admins may create server-scoped (agent) tokens.
     */
    post: operations['ApiTokens_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an API token
     * @description The token answers 401 from the next request on.
     */
    delete: operations['ApiTokens_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List users
     * @description Filterable by username, role and tenant.
     */
    get: operations['Users_list'];
    put?: never;
    /**
     * Create a user
     * @description Admins create admins and tenant users (a tenant user names its tenant).
     */
    post: operations['Users_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a user
     * @description One user, without any credential.
     */
    get: operations['Users_get'];
    put?: never;
    post?: never;
    /**
     * Delete a user
     * @description Deletes the user with all of its API tokens. The last enabled admin cannot be removed.
     */
    delete: operations['Users_delete'];
    options?: never;
    head?: never;
    /**
     * Update a user
     * @description Changing the password, role, tenant or `disabled` ends the user’s sessions; an admin password reset also revokes the user’s API tokens.
     */
    patch: operations['Users_update'];
    trace?: never;
  };
  '/api/v1/servers/{serverId}/publications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List publications
     * @description Newest first; filterable by status.
     */
    get: operations['ServerPublications_list'];
    put?: never;
    /**
     * Publish the server’s configuration
     * @description Renders the model, stores a new revision and (in local apply mode) applies it: 201 with the new revision, 200 with `noop: true` when that configuration is already live or pending, or with `?dryRun=true` 200 with the diff and nothing stored.
     */
    post: operations['ServerPublications_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers/{serverId}/publications/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Revision an agent should apply
     * @description The newest pending revision, else the live one. Agents poll it with If-None-Match.
     */
    get: operations['ServerPublications_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers/{serverId}/drift': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Drift of the live files
     * @description Compares the files on this host with the live revision (local apply mode only).
     */
    get: operations['ServerPublications_drift'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a publication
     * @description One revision with its files’ summaries and diagnostics.
     */
    get: operations['Publications_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publications/{id}/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Diff two publications
     * @description Unified diffs of this revision against another one (by default the one before it).
     */
    get: operations['Publications_diff'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publications/{id}/rollback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Roll back to a publication
     * @description Publishes the files of an earlier live revision again, as a new revision (201), or 200 with `noop: true` when they are already live.
     */
    post: operations['Publications_rollback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publications/{id}/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report a deployment
     * @description An agent reports whether it applied a pending revision.
     */
    post: operations['Publications_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers/{serverId}/validation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Validate a server
     * @description The Apache engine’s validate() over the server’s whole model: errors and warnings.
     */
    get: operations['Inspection_validation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers/{serverId}/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Rendered configuration
     * @description The files the server’s model renders to, and their digest; 422 while the model has errors.
     */
    get: operations['Inspection_config'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers/{serverId}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Resolve a request
     * @description What Apache and mod_wsgi would do for one URL: virtual host, directory, process group and why. Tenants may only resolve inside their directories.
     */
    get: operations['Inspection_resolve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directories/{id}/htaccess': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a directory’s .htaccess
     * @description As JSON rules with the groups the owner may choose, or with Accept: text/plain as the file itself. Each representation has its own ETag.
     */
    get: operations['Htaccess_read'];
    /**
     * Replace a directory’s .htaccess
     * @description As JSON rules or as the file itself (text/plain). Validated against the whole server model; with If-Match, refused with 412 if it changed since it was read.
     */
    put: operations['Htaccess_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers/{serverId}/agent-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report what an agent found
     * @description The agent’s heartbeat, once per poll, with what it found on its server. Only that server’s scoped agent token.
     */
    post: operations['Fleet_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers/{serverId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Status of a server
     * @description The server’s state as its agent last reported it.
     */
    get: operations['Fleet_serverStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fleet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the fleet
     * @description One row per server, in creation order, with what its agent last reported.
     */
    get: operations['Fleet_fleet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/daemon-groups/{id}/processes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Processes of a daemon group
     * @description As the server’s agent last reported them. Tenants see only the groups serving them.
     */
    get: operations['Fleet_groupProcesses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/daemon-groups/{id}/restart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Restart one daemon group
     * @description Restarts only this group’s processes (SIGUSR1 to the processes its display-name identifies; Apache starts new ones), not Apache: by this API in local mode, by the server’s agent on its next poll otherwise. Answers at once with the pending restart; poll its Location for the outcome. Tenants restart their own groups.
     */
    post: operations['DaemonGroupRestarts_restart'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/daemon-groups/{id}/restarts/{restartId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a restart of a daemon group
     * @description Its state and, once finished, the pids before and after and any errors. Same visibility as the group.
     */
    get: operations['DaemonGroupRestarts_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers/{serverId}/daemon-group-restarts/pending': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pending daemon group restarts of a server
     * @description What the server’s agent asks on each poll: the restarts waiting for it, oldest first, each with the identity of the group’s processes (name, display-name, socket prefix).
     */
    get: operations['AgentDaemonGroupRestarts_pending'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers/{serverId}/daemon-group-restarts/{restartId}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report a daemon group restart
     * @description The agent marks a pending restart `running` before it signals anything, then sends `done` or `failed` with the pids before and after and any errors.
     */
    post: operations['AgentDaemonGroupRestarts_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers/{serverId}/spec': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export a server as one document
     * @description The server’s whole inventory as one spec, as JSON or (Accept: application/yaml) YAML; one ETag per media type.
     */
    get: operations['ServerSpec_export'];
    /**
     * Apply a server document
     * @description Makes the server match the spec (JSON or YAML). `dryRun` answers the plan and writes nothing; `prune` also deletes what the spec omits. With If-Match, refused with 412 if the server changed since the export.
     */
    put: operations['ServerSpec_apply'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers/{serverId}/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import Apache configuration files
     * @description Reads Apache configuration files as Apache does, into a spec.
     */
    post: operations['ServerSpec_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List audit events
     * @description Every write, newest first, filterable by actor, target, server, tenant, action and time.
     */
    get: operations['AuditEvents_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List servers
     * @description Filterable by name.
     */
    get: operations['Server_list'];
    put?: never;
    /**
     * Create a server
     * @description A web server Hostplane renders configuration for.
     */
    post: operations['Server_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/servers/{serverId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a server
     * @description One server with its settings and model revision.
     */
    get: operations['Server_get'];
    put?: never;
    post?: never;
    /**
     * Delete a server
     * @description Refused with 409 while other objects still use it.
     */
    delete: operations['Server_delete'];
    options?: never;
    head?: never;
    /**
     * Update a server
     * @description Validated against the server’s whole model.
     */
    patch: operations['Server_update'];
    trace?: never;
  };
  '/api/v1/servers/{serverId}/daemon-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List daemon process groups
     * @description Admins: all of the server’s; a tenant: the groups serving it.
     */
    get: operations['DaemonGroup_list'];
    put?: never;
    /**
     * Create a daemon process group
     * @description A WSGIDaemonProcess group on the server.
     */
    post: operations['DaemonGroup_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/daemon-groups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a daemon process group
     * @description Tenants see only the groups serving them.
     */
    get: operations['DaemonGroup_get'];
    put?: never;
    post?: never;
    /**
     * Delete a daemon process group
     * @description Refused with 409 while other objects still use it.
     */
    delete: operations['DaemonGroup_delete'];
    options?: never;
    head?: never;
    /**
     * Update a daemon process group
     * @description Validated against the server’s whole model.
     */
    patch: operations['DaemonGroup_update'];
    trace?: never;
  };
  '/api/v1/servers/{serverId}/virtual-hosts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List virtual hosts
     * @description Filterable by server name.
     */
    get: operations['VirtualHost_list'];
    put?: never;
    /**
     * Create a virtual host
     * @description A VirtualHost on the server.
     */
    post: operations['VirtualHost_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/virtual-hosts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a virtual host
     * @description Admins get the whole virtual host; a tenant a reduced view, for a host holding one of its directories.
     */
    get: operations['VirtualHost_get'];
    put?: never;
    post?: never;
    /**
     * Delete a virtual host
     * @description Refused with 409 while other objects still use it.
     */
    delete: operations['VirtualHost_delete'];
    options?: never;
    head?: never;
    /**
     * Update a virtual host
     * @description Validated against the server’s whole model.
     */
    patch: operations['VirtualHost_update'];
    trace?: never;
  };
  '/api/v1/virtual-hosts/{id}/process-group-map': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the process group map
     * @description The WSGIProcessGroup expressions mapping requests to groups.
     */
    get: operations['VirtualHost_getProcessGroupMap'];
    /**
     * Replace the process group map
     * @description Replaces the whole map; validated against the server’s whole model.
     */
    put: operations['VirtualHost_putProcessGroupMap'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List tenants
     * @description Admins: all; a tenant: its own record.
     */
    get: operations['Tenant_list'];
    put?: never;
    /**
     * Create a tenant
     * @description A hosting customer with its unix user.
     */
    post: operations['Tenant_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a tenant
     * @description Tenants see only their own record.
     */
    get: operations['Tenant_get'];
    put?: never;
    post?: never;
    /**
     * Delete a tenant
     * @description Refused with 409 while other objects still use it.
     */
    delete: operations['Tenant_delete'];
    options?: never;
    head?: never;
    /**
     * Update a tenant
     * @description Validated against the model of every server it is on.
     */
    patch: operations['Tenant_update'];
    trace?: never;
  };
  '/api/v1/virtual-hosts/{vhostId}/directories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a virtual host’s directories
     * @description Filterable by path and tenant.
     */
    get: operations['Directory_listOfVirtualHost'];
    put?: never;
    /**
     * Create a directory
     * @description A Directory block of a virtual host, owned by a tenant.
     */
    post: operations['Directory_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List directories
     * @description Admins: all; tenants: their own. Filterable by path, tenant, virtual host and server.
     */
    get: operations['Directory_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a directory
     * @description Tenants see only their own directories.
     */
    get: operations['Directory_get'];
    put?: never;
    post?: never;
    /**
     * Delete a directory
     * @description Deletes it with its .htaccess rules.
     */
    delete: operations['Directory_delete'];
    options?: never;
    head?: never;
    /**
     * Update a directory
     * @description Validated against the server’s whole model.
     */
    patch: operations['Directory_update'];
    trace?: never;
  };
  '/api/v1/virtual-hosts/{vhostId}/wsgi-mounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a virtual host’s WSGI mounts
     * @description Admins: all; a tenant: its own mounts.
     */
    get: operations['WsgiMount_list'];
    put?: never;
    /**
     * Mount a WSGI application
     * @description A WSGIScriptAlias (or WSGIScriptAliasMatch) of a virtual host. Tenants mount their own scripts.
     */
    post: operations['WsgiMount_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/wsgi-mounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a WSGI mount
     * @description Tenants see only their own mounts.
     */
    get: operations['WsgiMount_get'];
    put?: never;
    post?: never;
    /**
     * Delete a WSGI mount
     * @description Tenants delete only their own mounts.
     */
    delete: operations['WsgiMount_delete'];
    options?: never;
    head?: never;
    /**
     * Update a WSGI mount
     * @description Validated against the server’s whole model.
     */
    patch: operations['WsgiMount_update'];
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    Health: {
      /** @enum {string} */
      status: 'ok';
    };
    LoginRequest: {
      username: string;
      password: string;
    };
    AccessToken: {
      accessToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      /**
       * Format: int64
       * @description Seconds until the token expires
       */
      expiresIn: number;
    };
    Me: {
      id: string;
      username: string;
      /** @enum {string} */
      role: 'admin' | 'tenant';
      tenantId: string | null;
    };
    CreateApiTokenRequest: {
      name: string;
      /**
       * Format: date-time
       * @description When the token stops working; absent = never
       */
      expiresAt?: string;
      /** @description Admins only: an agent token that can only pull this server's live revision and report deployments */
      serverId?: string;
    };
    CreatedApiToken: {
      id: string;
      name: string;
      /** @description Non-secret leading characters, to recognise the token */
      prefix: string;
      expiresAt: string | null;
      /** @description Set for an agent token scoped to one server */
      serverId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description The token itself: shown this once, only its hash is stored */
      token: string;
    };
    ApiTokenPage: {
      items: components['schemas']['ApiToken'][];
      nextCursor: string | null;
    };
    ApiToken: {
      id: string;
      name: string;
      /** @description Non-secret leading characters, to recognise the token */
      prefix: string;
      expiresAt: string | null;
      /** @description Set for an agent token scoped to one server */
      serverId: string | null;
      /** Format: date-time */
      createdAt: string;
      userId: string;
      lastUsedAt: string | null;
    };
    CreateUserRequest: {
      username: string;
      password: string;
      /** @enum {string} */
      role: 'admin' | 'tenant';
      /** @description Required for role tenant, absent or null for admin */
      tenantId?: string | null;
    };
    User: {
      id: string;
      username: string;
      /** @enum {string} */
      role: 'admin' | 'tenant';
      tenantId: string | null;
      disabled: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UserPage: {
      items: components['schemas']['User'][];
      nextCursor: string | null;
    };
    UpdateUserRequest: {
      password?: string;
      disabled?: boolean;
      /**
       * @description Changing to admin clears tenantId; changing to tenant needs one
       * @enum {string}
       */
      role?: 'admin' | 'tenant';
      tenantId?: string | null;
    };
    PublishRequest: {
      /** @description Overwrite hand-edited files, republish even an unchanged digest, and publish over errors in the agent’s reported facts (the configtest on the server decides) */
      force?: boolean;
      reason?: string;
    };
    PublishDryRun: {
      /** @enum {boolean} */
      dryRun: true;
      /** @description false when the model has errors or the server's agent reports facts that refuse the publish unless forced */
      valid: boolean;
      /** @description null when the model cannot be rendered */
      digest: string | null;
      changed: boolean;
      /** @enum {string} */
      kind: 'reload' | 'no-reload' | 'none';
      /** @description Why this change needs a graceful reload (e.g. a WSGI mount changed: Apache rereads WSGIScriptAlias only on a reload), or why it needs none; null when no file changed */
      reloadReason: string | null;
      against: {
        id: string;
        /** Format: int64 */
        revision: number;
      } | null;
      diagnostics: components['schemas']['PublicationDiagnostic'][];
      files: {
        path: string;
        /** @enum {string} */
        change: 'added' | 'removed' | 'modified';
        /** @description Unified diff (diff -u) */
        diff: string;
      }[];
    };
    PublicationDiagnostic: {
      code: string;
      /** @enum {string} */
      severity: 'error' | 'warning';
      path: string;
      message: string;
      apacheMessage?: string;
    };
    PublishResult: {
      id: string;
      serverId: string;
      /**
       * Format: int64
       * @description Gapless per server, from 1
       */
      revision: number;
      /** @enum {string} */
      status: 'pending' | 'live' | 'failed' | 'superseded' | 'rolled_back';
      /**
       * @description reload: the include file changed (graceful restart); no-reload: only .htaccess or RewriteMap files changed (live on the next request)
       * @enum {string}
       */
      kind: 'reload' | 'no-reload' | 'none';
      digest: string;
      parentId: string | null;
      rollbackOfId: string | null;
      reason: string | null;
      actorUserId: string | null;
      credentialId: string | null;
      /** @description Warnings at publish time, and the error that failed it */
      diagnostics: components['schemas']['PublicationDiagnostic'][];
      /** @description The failing step of a failed or rolled back apply */
      failure: {
        step: string;
        message: string;
        output: string;
      } | null;
      log: string | null;
      /** Format: date-time */
      createdAt: string;
      appliedAt: string | null;
      files: {
        path: string;
        sha256: string;
      }[];
      /** @description true: the digest was already live (or pending); nothing was stored */
      noop: boolean;
      message: string;
      reloaded: boolean;
      /** @description Why this change needs a graceful reload (e.g. a WSGI mount changed: Apache rereads WSGIScriptAlias only on a reload), or why it needs none; null when no file changed */
      reloadReason: string | null;
      changedPaths: string[];
    };
    PublicationPage: {
      items: components['schemas']['PublicationSummary'][];
      nextCursor: string | null;
    };
    PublicationSummary: {
      id: string;
      serverId: string;
      /**
       * Format: int64
       * @description Gapless per server, from 1
       */
      revision: number;
      /** @enum {string} */
      status: 'pending' | 'live' | 'failed' | 'superseded' | 'rolled_back';
      /**
       * @description reload: the include file changed (graceful restart); no-reload: only .htaccess or RewriteMap files changed (live on the next request)
       * @enum {string}
       */
      kind: 'reload' | 'no-reload' | 'none';
      digest: string;
      parentId: string | null;
      rollbackOfId: string | null;
      reason: string | null;
      actorUserId: string | null;
      credentialId: string | null;
      /** @description Warnings at publish time, and the error that failed it */
      diagnostics: components['schemas']['PublicationDiagnostic'][];
      /** @description The failing step of a failed or rolled back apply */
      failure: {
        step: string;
        message: string;
        output: string;
      } | null;
      log: string | null;
      /** Format: date-time */
      createdAt: string;
      appliedAt: string | null;
      files: {
        path: string;
        sha256: string;
      }[];
    };
    Publication: {
      id: string;
      serverId: string;
      /**
       * Format: int64
       * @description Gapless per server, from 1
       */
      revision: number;
      /** @enum {string} */
      status: 'pending' | 'live' | 'failed' | 'superseded' | 'rolled_back';
      /**
       * @description reload: the include file changed (graceful restart); no-reload: only .htaccess or RewriteMap files changed (live on the next request)
       * @enum {string}
       */
      kind: 'reload' | 'no-reload' | 'none';
      digest: string;
      parentId: string | null;
      rollbackOfId: string | null;
      reason: string | null;
      actorUserId: string | null;
      credentialId: string | null;
      /** @description Warnings at publish time, and the error that failed it */
      diagnostics: components['schemas']['PublicationDiagnostic'][];
      /** @description The failing step of a failed or rolled back apply */
      failure: {
        step: string;
        message: string;
        output: string;
      } | null;
      log: string | null;
      /** Format: date-time */
      createdAt: string;
      appliedAt: string | null;
      files: {
        path: string;
        sha256: string;
        content: string;
      }[];
      /** @description Why this revision needs a graceful reload against its parent, or why it needs none (GET /publications/{id}) */
      reloadReason?: string | null;
    };
    DriftReport: {
      serverId: string;
      live: {
        id: string;
        /** Format: int64 */
        revision: number;
      } | null;
      clean: boolean;
      findings: {
        path: string;
        target: string;
        /** @enum {string} */
        kind: 'modified' | 'missing' | 'unmanaged';
        expectedSha256: string | null;
        actualSha256: string | null;
      }[];
    };
    PublicationDiff: {
      from: {
        id: string;
        /** Format: int64 */
        revision: number;
      } | null;
      to: {
        id: string;
        /** Format: int64 */
        revision: number;
      };
      files: {
        path: string;
        /** @enum {string} */
        change: 'added' | 'removed' | 'modified';
        /** @description Unified diff (diff -u) */
        diff: string;
      }[];
    };
    RollbackRequest: {
      reason: string;
      force?: boolean;
    };
    DeploymentReport: {
      /** @enum {string} */
      status: 'live' | 'failed';
      log?: string;
    };
    ValidationReport: {
      valid: boolean;
      diagnostics: components['schemas']['Diagnostic'][];
    };
    Diagnostic: {
      code: string;
      /** @enum {string} */
      severity: 'error' | 'warning';
      /** @description JSON Pointer into the server model */
      path: string;
      message: string;
      apacheMessage?: string;
    };
    RenderedConfig: {
      /** @description SHA-256 over the file set; identical models give identical digests */
      digest: string;
      files: {
        path: string;
        content: string;
        sha256: string;
      }[];
    };
    ResolveOutcome: {
      status: 200 | 403 | 404 | 500;
      /** @description null: mod_wsgi never ran; "": embedded mode */
      processGroup: string | null;
      applicationGroup: string | null;
      file: string | null;
      runsAs: {
        user: string;
        group: string;
      } | null;
      virtualHostId: string | null;
      trace: {
        step: string;
        source: string;
        detail: string;
      }[];
      /** @description The text mod_wsgi or Apache would log */
      error?: string;
    };
    HtaccessDocument: {
      rules: components['schemas']['HtaccessRule'][];
      /** @description The groups this directory may select ("%{GLOBAL}" only when the restriction list has it) */
      allowedProcessGroups: string[];
      /** @description Strong ETag of this document; send it back as If-Match */
      etag: string;
    };
    HtaccessRule: {
      /** @description A literal file name: <Files name> */
      files?: string;
      /** @description A regular expression: <FilesMatch "regex"> */
      filesMatch?: string;
      /** @description The variable SetEnv sets; default PROCESS_GROUP */
      variable?: string;
      /** @description The daemon group to run the matching files in */
      processGroup: string;
    };
    AgentReport: {
      agentVersion: string;
      /** @description The revision the agent last made live */
      appliedRevision: number | null;
      /** @description Outcome of the agent’s last apply */
      lastOutcome: ('live' | 'failed') | null;
      /** @description Files that differ from the applied revision: paths, or drift findings */
      drift: (
        | string
        | {
            path: string;
            target: string;
            /** @enum {string} */
            kind: 'modified' | 'missing' | 'unmanaged';
            expectedSha256: string | null;
            actualSha256: string | null;
          }
      )[];
      /** @description Sent when they changed; absent = as last sent */
      facts?: components['schemas']['AgentFacts'];
      /** @description Sent when they changed; absent = as last sent */
      processes?: components['schemas']['DaemonProcess'][];
      /**
       * Format: int64
       * @description The model revision of the `wanted` names the agent checks (answered again when it moved)
       */
      wantedRevision?: number;
    };
    AgentFacts: {
      /** @description e.g. "2.4.62" */
      apacheVersion?: string | null;
      /** @description e.g. "4.9.4" */
      modWsgiVersion?: string | null;
      /** @description X.Y of the Python mod_wsgi runs */
      pythonVersion?: string | null;
      /** @description apache2ctl -M names */
      modules?: string[];
      /** @description Of the users the API asked about (`wanted`), those that exist */
      unixUsers?: string[];
      unixGroups?: string[];
      /** @description Of the users the API asked about, those that do not exist (absent: older agent) */
      missingUnixUsers?: string[];
      missingUnixGroups?: string[];
      /** @description Values of the environment variables the model’s %{ENV:…} selections read */
      env?: {
        [key: string]: string;
      };
    };
    DaemonProcess: {
      group: string;
      /** Format: int64 */
      pid: number;
      startedAt: string | null;
      rssBytes: number | null;
    };
    AgentReportAnswer: {
      /** Format: date-time */
      receivedAt: string;
      /** @description The names whose facts the API wants; null when `wantedRevision` is current */
      wanted: components['schemas']['FactsWanted'] | null;
      /** @description A revision an admin published with force over the reported drift: apply it with force */
      forceRevision: number | null;
      /** @description The server’s declared Python X.Y (null: none): the agent’s preflight refuses virtualenvs of another X.Y, as the local applier does */
      pythonVersion?: string | null;
    };
    FactsWanted: {
      /** Format: int64 */
      modelRevision: number;
      unixUsers: string[];
      unixGroups: string[];
      env: string[];
    };
    ServerStatus: {
      serverId: string;
      agent: components['schemas']['AgentPresence'];
      /** @description Newest revision that went live */
      liveRevision: number | null;
      /** @description What the agent is asked to run: the newest pending or live revision */
      wantedRevision: number | null;
      /** @description What the agent reports it made live */
      appliedRevision: number | null;
      lastOutcome: ('live' | 'failed') | null;
      /** @description Empty: online, current, clean, as declared */
      states: ('offline' | 'behind' | 'failed' | 'drift' | 'mismatch')[];
      factMismatches: components['schemas']['FactMismatch'][];
      /** @description Paths that differ from the applied revision */
      drift: string[];
      facts: components['schemas']['AgentFacts'] | null;
      factsReportedAt: string | null;
      processes: components['schemas']['DaemonProcess'][];
      processesReportedAt: string | null;
    };
    AgentPresence: {
      lastSeenAt: string | null;
      version: string | null;
      /** @description Seen within the last 3 poll intervals */
      online: boolean;
    };
    FactMismatch: {
      /** @enum {string} */
      code:
        | 'MOD_WSGI_VERSION_DIFFERS'
        | 'PYTHON_VERSION_DIFFERS'
        | 'MOD_WSGI_NOT_LOADED'
        | 'MODULE_NOT_LOADED'
        | 'UNIX_USER_MISSING'
        | 'UNIX_GROUP_MISSING';
      /**
       * @description error: Apache or mod_wsgi would refuse it; the same diagnostic is in GET /validation
       * @enum {string}
       */
      severity: 'error' | 'warning';
      /** @description Where the declared value lives, e.g. /daemon-groups/<id>/user */
      path: string;
      message: string;
      apacheMessage?: string;
      declared: string | null;
      reported: string | null;
    };
    FleetPage: {
      items: components['schemas']['FleetRow'][];
      nextCursor: string | null;
    };
    FleetRow: {
      serverId: string;
      agent: components['schemas']['AgentPresence'];
      /** @description Newest revision that went live */
      liveRevision: number | null;
      /** @description What the agent is asked to run: the newest pending or live revision */
      wantedRevision: number | null;
      /** @description What the agent reports it made live */
      appliedRevision: number | null;
      lastOutcome: ('live' | 'failed') | null;
      /** @description Empty: online, current, clean, as declared */
      states: ('offline' | 'behind' | 'failed' | 'drift' | 'mismatch')[];
      factMismatches: components['schemas']['FactMismatch'][];
      name: string;
      /** @description Status of the newest revision */
      newestStatus: ('pending' | 'live' | 'failed' | 'superseded' | 'rolled_back') | null;
      drift: string[];
    };
    DaemonGroupProcesses: {
      daemonGroupId: string;
      serverId: string;
      name: string;
      /** @description When the agent last sent processes; null: never */
      reportedAt: string | null;
      processes: components['schemas']['DaemonProcess'][];
    };
    DaemonGroupRestart: {
      id: string;
      daemonGroupId: string;
      /**
       * @description pending: waits for the server’s agent (or the local applier); running; done: every old process was replaced; failed: see errors
       * @enum {string}
       */
      state: 'pending' | 'running' | 'done' | 'failed';
      /** Format: date-time */
      requestedAt: string;
      /**
       * Format: date-time
       * @description Once done or failed
       */
      finishedAt?: string;
      /** @description The group’s processes that were signalled (once done or failed) */
      pidsBefore?: number[];
      /** @description The group’s processes afterwards (once done or failed) */
      pidsAfter?: number[];
      /** @description Why it failed, or what went wrong on the way */
      errors?: string[];
    };
    AgentDaemonGroupRestartList: {
      /** @description Oldest first */
      items: components['schemas']['AgentDaemonGroupRestart'][];
    };
    AgentDaemonGroupRestart: {
      id: string;
      daemonGroupId: string;
      /** @description The WSGIDaemonProcess name */
      groupName: string;
      /** @description Its display-name option, as the model has it now */
      displayName: string | null;
      /** @description The server’s WSGISocketPrefix (null: Apache’s default) */
      socketPrefix: string | null;
      /** @description The process titles of the server’s other groups: a process showing one of them is not ours */
      otherTitles: string[];
    };
    AgentDaemonGroupRestartOutcome: {
      /**
       * @description running: the agent took it (sent before signalling); done or failed: the outcome
       * @enum {string}
       */
      state: 'running' | 'done' | 'failed';
      pidsBefore?: number[];
      pidsAfter?: number[];
      errors?: string[];
    };
    /** @description The whole managed state of one server, with natural keys and no database ids */
    ServerSpec: {
      /** @enum {string} */
      apiVersion: 'hostplane/v1';
      server: {
        /** @enum {string} */
        modWsgiVersion: '4.9' | '5.0' | '6.0';
        /**
         * @description Left out = keep the server's
         * @enum {string}
         */
        platform?: 'linux' | 'windows';
        restrictEmbedded: boolean;
        socketPrefix: string | null;
        apacheUser: string;
        apacheGroup: string;
        configDir: string;
        /** @description X.Y of the Python mod_wsgi embeds; null = unknown; left out = keep the server's */
        pythonVersion?: string | null;
        /** @description Server-scope WSGIRestrictProcess; null = none; left out = keep the server's */
        restrictProcess?: string[] | null;
        /** @description Server-scope WSGIProcessGroup; null = none; left out = keep the server's */
        processGroup?: string | null;
      };
      tenants: {
        name: string;
        unixUser: string;
        unixGroup: string;
        /** @description Where its virtualenvs and code may live; null = /home/<unixUser>; left out = keep the tenant's */
        homeDirectory?: string | null;
      }[];
      daemonGroups: components['schemas']['ServerSpecDaemonGroup'][];
      virtualHosts: components['schemas']['ServerSpecVirtualHost'][];
    };
    ServerSpecDaemonGroup: {
      name: string;
      /** @description The key of the vhost that defines it; null = global scope */
      virtualHost: string | null;
      tenant: string | null;
      processes: number | null;
      threads: number | null;
      user: string | null;
      group: string | null;
      options: {
        [key: string]: string | number | boolean;
      };
    };
    ServerSpecVirtualHost: {
      /** @description Only when the ServerName alone is not unique on the server */
      key?: string;
      serverName: string;
      serverAliases: string[];
      addresses: string[];
      documentRoot: string | null;
      processGroup: string | null;
      applicationGroup: string | null;
      /** @description Vhost-scope WSGIRestrictProcess; left out or null = none */
      restrictProcess?: string[] | null;
      env: {
        [key: string]: string;
      };
      processGroupMap: {
        variable: string;
        fallback: string;
        entries: {
          uri: string;
          processGroup: string;
        }[];
        /**
         * @description Left out = txt
         * @enum {string}
         */
        format?: 'txt' | 'dbm';
      } | null;
      directories: components['schemas']['ServerSpecDirectory'][];
      /** @description Left out = none listed: the vhost keeps its mounts unless the PUT prunes */
      wsgiMounts?: components['schemas']['ServerSpecWsgiMount'][];
    };
    ServerSpecDirectory: {
      path: string;
      tenant: string;
      urlPath: string | null;
      allowOverride: ('None' | 'All' | 'AuthConfig' | 'FileInfo' | 'Indexes' | 'Limit' | 'Options')[];
      options: string[];
      handlers: {
        handler: string;
        extensions: string[];
      }[];
      restrictProcess: string[] | null;
      processGroup: string | null;
      env: {
        [key: string]: string;
      };
      htaccess: components['schemas']['ServerSpecHtaccessRule'][];
    };
    ServerSpecHtaccessRule: {
      files?: string;
      filesMatch?: string;
      variable?: string;
      processGroup: string;
    };
    /** @description A WSGIScriptAlias(Match) line of the vhost; natural key: its vhost and its URL path or pattern */
    ServerSpecWsgiMount: {
      /** @description WSGIScriptAlias: the URL path mounted (exactly one of urlPath, urlPattern) */
      urlPath?: string;
      /** @description WSGIScriptAliasMatch: the URL regular expression */
      urlPattern?: string;
      /** @description Absolute path of the WSGI script */
      script: string;
      /** @description The tenant owning the app; left out = an admin's app */
      tenant?: string | null;
      processGroup?: string | null;
      applicationGroup?: string | null;
      callableObject?: string | null;
      passAuthorization?: boolean | null;
    };
    SpecApplyAnswer: {
      dryRun: boolean;
      /** @description False when the document already describes the server: nothing was written */
      changed: boolean;
      plan: components['schemas']['SpecPlanEntry'][];
      diagnostics: {
        code: string;
        /** @enum {string} */
        severity: 'error' | 'warning';
        /** @description JSON pointer into the document */
        path: string;
        message: string;
        apacheMessage?: string;
      }[];
      /** @description Dry runs: the rendered files that would change */
      files?: {
        path: string;
        /** @enum {string} */
        change: 'added' | 'removed' | 'modified';
        diff: string;
      }[];
    };
    SpecPlanEntry: {
      /** @enum {string} */
      kind: 'server' | 'tenant' | 'daemonGroup' | 'virtualHost' | 'directory' | 'wsgiMount';
      key: string;
      /** @enum {string} */
      action: 'create' | 'update' | 'delete' | 'unchanged' | 'kept';
      fields?: string[];
    };
    ImportRequest: {
      /** @description The main configuration, everything it includes, and the .htaccess files, as they are on disk */
      files: {
        path: string;
        content: string;
      }[];
      /** @description Default /etc/apache2/apache2.conf */
      main?: string;
      /** @description Default: the folder of the main file */
      serverRoot?: string;
      /** @description `-D NAME` parameters */
      defines?: string[];
      /** @description Environment Apache starts with (envvars) */
      env?: {
        [key: string]: string;
      };
      /** @description Where the users' home directories are (default /home): a <Directory> under <homes>/<user>/ is that user's tenant's, and an inferred tenant's home is <homes>/<user> */
      homes?: string;
    };
    ImportReport: {
      spec: components['schemas']['ServerSpec'];
      unmanaged: {
        file: string;
        /** Format: int64 */
        line: number;
        text: string;
        reason: string;
      }[];
      inferred: {
        what: string;
        why: string;
      }[];
      diagnostics: components['schemas']['ImportDiagnostic'][];
    };
    ImportDiagnostic: {
      code: string;
      /** @enum {string} */
      severity: 'error' | 'warning';
      path: string;
      message: string;
      apacheMessage?: string;
    };
    AuditEventPage: {
      items: components['schemas']['AuditEvent'][];
      nextCursor: string | null;
    };
    AuditEvent: {
      id: string;
      actorUserId: string | null;
      /** @description "session:<jti>" or "token:<id>" */
      credentialId: string | null;
      action: string;
      targetType: string;
      targetId: string;
      serverId: string | null;
      tenantId: string | null;
      /** @description Snapshot before the change; null for a create */
      before: unknown;
      /** @description Snapshot after the change; null for a delete */
      after: unknown;
      /** @description The X-Request-Id of the request that made the change; the same for every event it wrote */
      requestId: string | null;
      /** @description ISO 8601 */
      createdAt: string;
    };
    CreateServer: {
      name: string;
      /** @enum {string} */
      modWsgiVersion?: '4.9' | '5.0' | '6.0';
      /**
       * @description Default "linux"
       * @enum {string}
       */
      platform?: 'linux' | 'windows';
      socketPrefix?: string | null;
      restrictEmbedded?: boolean;
      apacheUser?: string;
      apacheGroup?: string;
      configDir?: string;
      /** @description X.Y of the Python mod_wsgi embeds, e.g. "3.11"; the publish preflight checks virtualenvs against it */
      pythonVersion?: string | null;
      /** @description Server-scope WSGIRestrictProcess: applies where no vhost or directory list does (a nearer list replaces it); null = no directive, [] = denies every group */
      restrictProcess?: string[] | null;
      /** @description Server-scope WSGIProcessGroup ("%{GLOBAL}", "%{ENV:NAME}" or a group name); a vhost’s or directory’s own replaces it */
      processGroup?: string | null;
    };
    Server: {
      id: string;
      name: string;
      /** @enum {string} */
      modWsgiVersion: '4.9' | '5.0' | '6.0';
      /**
       * @description The web server’s OS; on "windows" mod_wsgi has no daemon mode, so daemon groups, process-group selection and restriction lists are refused
       * @enum {string}
       */
      platform: 'linux' | 'windows';
      socketPrefix: string | null;
      restrictEmbedded: boolean;
      apacheUser: string;
      apacheGroup: string;
      configDir: string;
      /** @description X.Y of the Python mod_wsgi embeds, e.g. "3.11"; the publish preflight checks virtualenvs against it */
      pythonVersion: string | null;
      /** @description Server-scope WSGIRestrictProcess: applies where no vhost or directory list does (a nearer list replaces it); null = no directive, [] = denies every group */
      restrictProcess: string[] | null;
      /** @description Server-scope WSGIProcessGroup ("%{GLOBAL}", "%{ENV:NAME}" or a group name); a vhost’s or directory’s own replaces it */
      processGroup: string | null;
      /**
       * Format: int64
       * @description Bumped by every committed change to this server’s model
       */
      modelRevision: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ServerPage: {
      items: components['schemas']['Server'][];
      nextCursor: string | null;
    };
    UpdateServer: {
      name?: string;
      /** @enum {string} */
      modWsgiVersion?: '4.9' | '5.0' | '6.0';
      /**
       * @description Default "linux"
       * @enum {string}
       */
      platform?: 'linux' | 'windows';
      socketPrefix?: string | null;
      restrictEmbedded?: boolean;
      apacheUser?: string;
      apacheGroup?: string;
      configDir?: string;
      /** @description X.Y of the Python mod_wsgi embeds, e.g. "3.11"; the publish preflight checks virtualenvs against it */
      pythonVersion?: string | null;
      /** @description Server-scope WSGIRestrictProcess: applies where no vhost or directory list does (a nearer list replaces it); null = no directive, [] = denies every group */
      restrictProcess?: string[] | null;
      /** @description Server-scope WSGIProcessGroup ("%{GLOBAL}", "%{ENV:NAME}" or a group name); a vhost’s or directory’s own replaces it */
      processGroup?: string | null;
    };
    CreateDaemonGroup: {
      name: string;
      /** @description null or absent = global scope */
      virtualHostId?: string | null;
      /** @description The tenant this group serves (requires user/group) */
      tenantId?: string | null;
      processes?: (number | string) | null;
      threads?: (number | string) | null;
      user?: string | null;
      group?: string | null;
      /** @description Other WSGIDaemonProcess options */
      options?: {
        [key: string]: string | number | boolean;
      };
    };
    DaemonGroup: {
      id: string;
      serverId: string;
      name: string;
      virtualHostId: string | null;
      tenantId: string | null;
      processes: number | null;
      threads: number | null;
      user: string | null;
      group: string | null;
      options: {
        [key: string]: string | number | boolean;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    DaemonGroupPage: {
      items: components['schemas']['DaemonGroup'][];
      nextCursor: string | null;
    };
    UpdateDaemonGroup: {
      name?: string;
      /** @description null or absent = global scope */
      virtualHostId?: string | null;
      /** @description The tenant this group serves (requires user/group) */
      tenantId?: string | null;
      processes?: (number | string) | null;
      threads?: (number | string) | null;
      user?: string | null;
      group?: string | null;
      /** @description Other WSGIDaemonProcess options */
      options?: {
        [key: string]: string | number | boolean;
      };
    };
    CreateVirtualHost: {
      serverName: string;
      serverAliases?: string[];
      addresses: string[];
      documentRoot?: string | null;
      /** @description "%{GLOBAL}", "%{ENV:NAME}" or a group name */
      processGroup?: string | null;
      applicationGroup?: string | null;
      /** @description Vhost-scope WSGIRestrictProcess: replaces the server’s list, and a directory’s own list replaces it; null/absent = no directive, [] = denies every group */
      restrictProcess?: string[] | null;
      /** @description Rendered as SetEnv NAME value */
      env?: {
        [key: string]: string;
      };
    };
    VirtualHost: {
      id: string;
      serverId: string;
      serverName: string;
      serverAliases: string[];
      addresses: string[];
      documentRoot: string | null;
      processGroup: string | null;
      applicationGroup: string | null;
      restrictProcess: string[] | null;
      env: {
        [key: string]: string;
      };
      processGroupMap: {
        variable: string;
        fallback: string;
        entries: {
          uri: string;
          processGroup: string;
        }[];
        /** @enum {string} */
        format: 'txt' | 'dbm';
      } | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    VirtualHostPage: {
      items: components['schemas']['VirtualHost'][];
      nextCursor: string | null;
    };
    TenantVirtualHost: {
      id: string;
      serverId: string;
      serverName: string;
      serverAliases: string[];
      addresses: string[];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UpdateVirtualHost: {
      serverName?: string;
      serverAliases?: string[];
      addresses?: string[];
      documentRoot?: string | null;
      /** @description "%{GLOBAL}", "%{ENV:NAME}" or a group name */
      processGroup?: string | null;
      applicationGroup?: string | null;
      /** @description Vhost-scope WSGIRestrictProcess: replaces the server’s list, and a directory’s own list replaces it; null/absent = no directive, [] = denies every group */
      restrictProcess?: string[] | null;
      /** @description Rendered as SetEnv NAME value */
      env?: {
        [key: string]: string;
      };
    };
    StoredProcessGroupMap: {
      variable: string;
      fallback: string;
      entries: {
        uri: string;
        processGroup: string;
      }[];
      /** @enum {string} */
      format: 'txt' | 'dbm';
    };
    ProcessGroupMap: {
      /** @default PROCESS_GROUP */
      variable: string;
      fallback: string;
      entries: {
        uri: string;
        processGroup: string;
      }[];
      /**
       * @description Default "txt". "dbm": the publish builds the map with httxt2dbm on the web server (RewriteMap dbm=db:)
       * @enum {string}
       */
      format?: 'txt' | 'dbm';
    };
    CreateTenant: {
      name: string;
      unixUser: string;
      unixGroup: string;
      /** @description Where the tenant's virtualenvs and code may live; null or absent = /home/<unixUser> */
      homeDirectory?: string | null;
    };
    Tenant: {
      id: string;
      name: string;
      unixUser: string;
      unixGroup: string;
      homeDirectory: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    TenantPage: {
      items: components['schemas']['Tenant'][];
      nextCursor: string | null;
    };
    UpdateTenant: {
      name?: string;
      unixUser?: string;
      unixGroup?: string;
      /** @description Where the tenant's virtualenvs and code may live; null or absent = /home/<unixUser> */
      homeDirectory?: string | null;
    };
    CreateDirectory: {
      path: string;
      tenantId: string;
      /** @description Rendered as Alias urlPath path */
      urlPath?: string | null;
      allowOverride?: string[];
      options?: string[];
      handlers?: {
        handler: string;
        extensions: string[];
      }[];
      /** @description WSGIRestrictProcess; null/absent = no directive, [] = denies every group */
      restrictProcess?: string[] | null;
      processGroup?: string | null;
      env?: {
        [key: string]: string;
      };
    };
    Directory: {
      id: string;
      serverId: string;
      virtualHostId: string;
      tenantId: string;
      path: string;
      urlPath: string | null;
      allowOverride: string[];
      options: string[];
      handlers: {
        handler: string;
        extensions: string[];
      }[];
      restrictProcess: string[] | null;
      processGroup: string | null;
      env: {
        [key: string]: string;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    DirectoryPage: {
      items: components['schemas']['Directory'][];
      nextCursor: string | null;
    };
    UpdateDirectory: {
      path?: string;
      tenantId?: string;
      /** @description Rendered as Alias urlPath path */
      urlPath?: string | null;
      allowOverride?: string[];
      options?: string[];
      handlers?: {
        handler: string;
        extensions: string[];
      }[];
      /** @description WSGIRestrictProcess; null/absent = no directive, [] = denies every group */
      restrictProcess?: string[] | null;
      processGroup?: string | null;
      env?: {
        [key: string]: string;
      };
    };
    CreateWsgiMount: {
      /** @description WSGIScriptAlias URL path, e.g. /~bob/blog */
      urlPath?: string | null;
      /** @description Instead of urlPath: renders WSGIScriptAliasMatch */
      urlPattern?: string | null;
      /** @description Absolute path of the WSGI script */
      script: string;
      /** @description Owner; null = an admin app. A tenant's own mounts are always its own */
      tenantId?: string | null;
      /** @description process-group= */
      processGroup?: string | null;
      /** @description application-group= */
      applicationGroup?: string | null;
      /** @description callable-object= */
      callableObject?: string | null;
      /** @description pass-authorization=On|Off */
      passAuthorization?: boolean | null;
    };
    WsgiMount: {
      id: string;
      serverId: string;
      virtualHostId: string;
      tenantId: string | null;
      urlPath: string | null;
      urlPattern: string | null;
      script: string;
      processGroup: string | null;
      applicationGroup: string | null;
      callableObject: string | null;
      passAuthorization: boolean | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    WsgiMountPage: {
      items: components['schemas']['WsgiMount'][];
      nextCursor: string | null;
    };
    UpdateWsgiMount: {
      /** @description WSGIScriptAlias URL path, e.g. /~bob/blog */
      urlPath?: string | null;
      /** @description Instead of urlPath: renders WSGIScriptAliasMatch */
      urlPattern?: string | null;
      /** @description Absolute path of the WSGI script */
      script?: string;
      /** @description Owner; null = an admin app. A tenant's own mounts are always its own */
      tenantId?: string | null;
      /** @description process-group= */
      processGroup?: string | null;
      /** @description application-group= */
      applicationGroup?: string | null;
      /** @description callable-object= */
      callableObject?: string | null;
      /** @description pass-authorization=On|Off */
      passAuthorization?: boolean | null;
    };
    Problem: {
      /**
       * @description The problem type. urn:hostplane:problem:<slug> is explained in docs/problems/<slug>.md; about:blank is a plain HTTP error (unknown route, unexpected 500) described by its status
       * @enum {string}
       */
      type:
        | 'urn:hostplane:problem:request-invalid'
        | 'urn:hostplane:problem:malformed-body'
        | 'urn:hostplane:problem:invalid-credentials'
        | 'urn:hostplane:problem:unauthenticated'
        | 'urn:hostplane:problem:forbidden'
        | 'urn:hostplane:problem:not-found'
        | 'urn:hostplane:problem:method-not-allowed'
        | 'urn:hostplane:problem:conflict'
        | 'urn:hostplane:problem:idempotency-key-in-use'
        | 'urn:hostplane:problem:precondition-failed'
        | 'urn:hostplane:problem:body-too-large'
        | 'urn:hostplane:problem:unsupported-media-type'
        | 'urn:hostplane:problem:model-invalid'
        | 'urn:hostplane:problem:idempotency-key-reused'
        | 'urn:hostplane:problem:apache-refused'
        | 'urn:hostplane:problem:preflight-refused'
        | 'urn:hostplane:problem:password-rejected'
        | 'urn:hostplane:problem:too-many-requests'
        | 'urn:hostplane:problem:apply-failed'
        | 'urn:hostplane:problem:not-ready'
        | 'about:blank';
      title: string;
      /** Format: int64 */
      status: number;
      detail: string;
      instance?: string;
      requestId?: string;
      /** @description Only on 500: quote it when reporting; it is in the server log */
      errorId?: string;
      /** @description Diagnostics, for validation failures */
      errors?: {
        code: string;
        /** @enum {string} */
        severity: 'error' | 'warning';
        /** @description JSON Pointer */
        path: string;
        message: string;
        apacheMessage?: string;
      }[];
    } & {
      [key: string]: unknown;
    };
    /** @description The configuration was already live (or pending): nothing was stored or applied */
    PublishNoop: components['schemas']['PublishResult'] & {
      /** @constant */
      noop?: true;
    };
  };
  responses: never;
  parameters: {
    /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
    IdempotencyKey: string;
    /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
    IfMatch: string;
    /** @description Answer 304 without a body if the current ETag is one of these. */
    IfNoneMatch: string;
  };
  requestBodies: never;
  headers: {
    /** @description Validator of this representation; send it back in If-None-Match (or If-Match where accepted). */
    ETag: string;
    /** @description URL of the object just created (a path below the API base). */
    Location: string;
    /** @description Seconds to wait before trying again. */
    RetryAfter: number;
    /** @description Remaining quota of the policy that applies (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"login-username";r=4;t=600`. */
    RateLimit: string;
    /** @description The quota policy (same draft), e.g. `"login-username";q=5;w=900`. */
    RateLimitPolicy: string;
    /** @description The scheme to authenticate with: `Bearer`. */
    WWWAuthenticate: 'Bearer';
    /** @description The calling origin, when it is in CORS_ORIGINS; absent for any other origin */
    'Access-Control-Allow-Origin': string;
    /** @description `true` when this answer is the stored answer of an earlier request with the same Idempotency-Key. */
    IdempotentReplayed: 'true';
  };
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  Metrics_scrape: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus exposition format */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Health_health: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Health_ready: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or migrations pending */
      503: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Login_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Always `no-store` */
          'Cache-Control': 'no-store';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessToken'];
        };
      };
      /** @description The body does not match LoginRequest */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Wrong username or password */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Me_me: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApiTokens_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the nextCursor of the previous page */
        cursor?: string;
        /** @description Admins: one user's tokens. Others only ever see their own */
        userId?: string;
        name?: string;
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiTokenPage'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApiTokens_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiTokenRequest'];
      };
    };
    responses: {
      /** @description The token is in `token`, once */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          Location: components['headers']['Location'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Always `no-store` */
          'Cache-Control': 'no-store';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiToken'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Only admins may create server-scoped (agent) tokens (forbidden) */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still running (idempotency-key-in-use; see Retry-After) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This Idempotency-Key was already used with another request (idempotency-key-reused) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApiTokens_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked; the token answers 401 from the next request on */
      204: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such token, already revoked, or not yours */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the nextCursor of the previous page */
        cursor?: string;
        username?: string;
        role?: 'admin' | 'tenant';
        tenantId?: string;
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          Location: components['headers']['Location'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Always `no-store` */
          'Cache-Control': 'no-store';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Username taken, or the change would leave no enabled admin */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description tenantId names no tenant, or does not fit the role */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted, with all of its API tokens */
      204: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Username taken, or the change would leave no enabled admin */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Username taken, or the change would leave no enabled admin */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description tenantId names no tenant, or does not fit the role */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ServerPublications_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the nextCursor of the previous page */
        cursor?: string;
        status?: 'pending' | 'live' | 'failed' | 'superseded' | 'rolled_back';
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationPage'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ServerPublications_create: {
    parameters: {
      query?: {
        dryRun?: 'true' | 'false';
      };
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['PublishRequest'];
      };
    };
    responses: {
      /** @description No-op (PublishResult, noop: true) or a dry run */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishNoop'] | components['schemas']['PublishDryRun'];
        };
      };
      /** @description A new revision (live or pending) */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          Location: components['headers']['Location'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishResult'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Hand-edited files on the web server (publish with force) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description validate() or Apache’s configtest refused it */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Reload or probe failed; the previous files were restored */
      502: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ServerPublications_live: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The newest pending revision, else the live one */
      200: {
        headers: {
          /** @description Daemon group restarts waiting for this server’s agent (GET …/daemon-group-restarts/pending) */
          'Hostplane-Restarts-Pending'?: number;
          /** @description The server’s model revision; when it moved, the agent reports to learn the names to check */
          'Hostplane-Model-Revision'?: number;
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Publication'];
        };
      };
      /** @description If-None-Match matched the ETag */
      304: {
        headers: {
          /** @description Daemon group restarts waiting for this server’s agent (GET …/daemon-group-restarts/pending) */
          'Hostplane-Restarts-Pending'?: number;
          /** @description The server’s model revision; when it moved, the agent reports to learn the names to check */
          'Hostplane-Model-Revision'?: number;
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ServerPublications_drift: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriftReport'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not applying locally (HOSTPLANE_APPLY_MODE=none) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Publications_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Publication'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Publications_diff: {
    parameters: {
      query?: {
        /** @description Default: the parent revision */
        against?: string;
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationDiff'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Publications_rollback: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RollbackRequest'];
      };
    };
    responses: {
      /** @description Those files are already live (noop) */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishNoop'];
        };
      };
      /** @description A new revision with the old files */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          Location: components['headers']['Location'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishResult'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The revision never went live, or hand-edited files */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Apache’s configtest refused it */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Reload or probe failed; the previous files were restored */
      502: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Publications_report: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeploymentReport'];
      };
    };
    responses: {
      /** @description The publication with its new status */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Publication'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The revision is not pending */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This Idempotency-Key was already used with another request (idempotency-key-reused) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Inspection_validation: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description validate() over the whole server */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationReport'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such server */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Inspection_config: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rendered files and their digest */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RenderedConfig'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such server */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The model has errors and cannot be rendered */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Inspection_resolve: {
    parameters: {
      query: {
        host: string;
        path: string;
        port?: number;
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What Apache + mod_wsgi would do */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResolveOutcome'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such server, or (tenant) the request is not in its directories */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Htaccess_read: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rules and the groups the owner may choose; with Accept: text/plain the rendered file */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HtaccessDocument'];
          'text/plain': string;
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such directory, or not one of the caller tenant’s */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Htaccess_replace: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          rules: components['schemas']['HtaccessRule'][];
        };
        'text/plain': string;
      };
    };
    responses: {
      /** @description The stored document and its new ETag */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HtaccessDocument'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such directory, or not one of the caller tenant’s */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A concurrent change touched the same server; retry (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not match the current ETag */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The rules would be refused by Apache or mod_wsgi; nothing stored */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Fleet_report: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AgentReport'];
      };
    };
    responses: {
      /** @description Stored as the server’s latest report */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgentReportAnswer'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description Not a server-scoped agent token
       *
       *     The caller lacks the admin role
       */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such server, or another server’s agent token */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still running (idempotency-key-in-use; see Retry-After) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This Idempotency-Key was already used with another request (idempotency-key-reused) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Fleet_serverStatus: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServerStatus'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such server */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Fleet_fleet: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the nextCursor of the previous page */
        cursor?: string;
        /** @description Only servers in this state */
        state?: 'offline' | 'behind' | 'failed' | 'drift' | 'mismatch';
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per server, in creation order */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FleetPage'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Fleet_groupProcesses: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description As the server’s agent last reported them */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DaemonGroupProcesses'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such group, or one not serving the calling tenant */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DaemonGroupRestarts_restart: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recorded (pending); Location names the restart to poll */
      202: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DaemonGroupRestart'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such group, or one not serving the calling tenant */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The group has no display-name: its processes cannot be identified */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This Idempotency-Key was already used with another request (idempotency-key-reused) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DaemonGroupRestarts_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
        restartId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DaemonGroupRestart'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such group, or one not serving the calling tenant, or no such restart of it */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AgentDaemonGroupRestarts_pending: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgentDaemonGroupRestartList'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such server, or another server’s agent token */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AgentDaemonGroupRestarts_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        serverId: string;
        restartId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AgentDaemonGroupRestartOutcome'];
      };
    };
    responses: {
      /** @description The restart as recorded */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DaemonGroupRestart'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such restart of this server */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The restart already finished (or is already running) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This Idempotency-Key was already used with another request (idempotency-key-reused) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ServerSpec_export: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The server as one document; ETag per media type */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServerSpec'];
          'application/yaml': string;
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ServerSpec_apply: {
    parameters: {
      query?: {
        /** @description Answer the plan, the diagnostics and the rendered diff; write nothing */
        dryRun?: 'true' | 'false';
        /** @description Delete what the document omits (default: keep it and list it as kept) */
        prune?: 'true' | 'false';
      };
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ServerSpec'];
        'application/yaml': string;
      };
    };
    responses: {
      /** @description The plan that was applied (or, dryRun, would be) */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpecApplyAnswer'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A concurrent change touched the same server; retry (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the current spec (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document would make the server invalid; `errors` point into it (model-invalid); nothing stored */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ServerSpec_import: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportRequest'];
      };
    };
    responses: {
      /** @description What Hostplane would manage; nothing stored */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReport'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still running (idempotency-key-in-use; see Retry-After) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This Idempotency-Key was already used with another request (idempotency-key-reused) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuditEvents_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the nextCursor of the previous page */
        cursor?: string;
        /** @description The acting user id */
        actor?: string;
        /** @description e.g. directory, daemon-group, server */
        targetType?: string;
        targetId?: string;
        serverId?: string;
        tenantId?: string;
        /** @description e.g. htaccess.replace */
        action?: string;
        /** @description The X-Request-Id of the request that made the changes */
        requestId?: string;
        /** @description Inclusive lower bound on the event time */
        from?: string;
        /** @description Exclusive upper bound on the event time */
        to?: string;
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPage'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Server_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the nextCursor of the previous page */
        cursor?: string;
        name?: string;
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServerPage'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Server_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateServer'];
      };
    };
    responses: {
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          Location: components['headers']['Location'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Server'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Server_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Server'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Server_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Server_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateServer'];
      };
    };
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Server'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DaemonGroup_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the nextCursor of the previous page */
        cursor?: string;
        /** @description Exact name, compared case-insensitively like mod_wsgi */
        name?: string;
        virtualHostId?: string;
        tenantId?: string;
        scope?: 'global' | 'virtual-host';
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Admins: all; a tenant: the groups serving it */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DaemonGroupPage'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such server, or none holding anything of the calling tenant */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DaemonGroup_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDaemonGroup'];
      };
    };
    responses: {
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          Location: components['headers']['Location'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DaemonGroup'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DaemonGroup_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DaemonGroup'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such group, or one not serving the calling tenant */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DaemonGroup_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller can see the object but lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such group, or one not serving the calling tenant */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DaemonGroup_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDaemonGroup'];
      };
    };
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DaemonGroup'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller can see the object but lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such group, or one not serving the calling tenant */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VirtualHost_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the nextCursor of the previous page */
        cursor?: string;
        /** @description Exact ServerName (case-insensitive) */
        serverName?: string;
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VirtualHostPage'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VirtualHost_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        serverId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateVirtualHost'];
      };
    };
    responses: {
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          Location: components['headers']['Location'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VirtualHost'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VirtualHost_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Admins: VirtualHost; a tenant: TenantVirtualHost, for a vhost holding one of its directories */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json':
            components['schemas']['VirtualHost'] | components['schemas']['TenantVirtualHost'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such virtual host, or none holding a directory of the calling tenant */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VirtualHost_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller can see the object but lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such virtual host, or none holding a directory of the calling tenant */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VirtualHost_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateVirtualHost'];
      };
    };
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VirtualHost'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller can see the object but lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such virtual host, or none holding a directory of the calling tenant */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VirtualHost_getProcessGroupMap: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredProcessGroupMap'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller can see the object but lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such virtual host, or none holding a directory of the calling tenant, or it has no process-group map */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VirtualHost_putProcessGroupMap: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProcessGroupMap'];
      };
    };
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredProcessGroupMap'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller can see the object but lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such virtual host, or none holding a directory of the calling tenant */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A concurrent change touched the same server; retry (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Tenant_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the nextCursor of the previous page */
        cursor?: string;
        name?: string;
        unixUser?: string;
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Admins: all; a tenant: its own record */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantPage'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Tenant_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTenant'];
      };
    };
    responses: {
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          Location: components['headers']['Location'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Tenant'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Tenant_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Tenant'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such tenant, or not the caller’s own */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Tenant_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller can see the object but lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such tenant, or not the caller’s own */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Tenant_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTenant'];
      };
    };
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Tenant'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller can see the object but lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such tenant, or not the caller’s own */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Directory_listOfVirtualHost: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the nextCursor of the previous page */
        cursor?: string;
        path?: string;
        /** @description Admins only; a tenant always sees just its own */
        tenantId?: string;
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        vhostId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectoryPage'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Directory_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        vhostId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDirectory'];
      };
    };
    responses: {
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          Location: components['headers']['Location'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Directory'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Directory_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the nextCursor of the previous page */
        cursor?: string;
        path?: string;
        /** @description Admins only; a tenant always sees just its own */
        tenantId?: string;
        virtualHostId?: string;
        serverId?: string;
        /** @description ServerName of the directory’s virtual host */
        serverName?: string;
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Admins: all; tenants: their own */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectoryPage'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Directory_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Directory'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such directory, or another tenant’s */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Directory_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted, with its .htaccess rules */
      204: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller can see the object but lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such directory, or another tenant’s */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Directory_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDirectory'];
      };
    };
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Directory'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller can see the object but lacks the admin role */
      403: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such directory, or another tenant’s */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WsgiMount_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the nextCursor of the previous page */
        cursor?: string;
      };
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        vhostId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Admins: all; a tenant: its own */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WsgiMountPage'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such virtual host, or none holding a directory of the calling tenant */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WsgiMount_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer (with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        vhostId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWsgiMount'];
      };
    };
    responses: {
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          Location: components['headers']['Location'];
          'Idempotent-Replayed': components['headers']['IdempotentReplayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WsgiMount'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found) */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WsgiMount_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Answer 304 without a body if the current ETag is one of these. */
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WsgiMount'];
        };
      };
      /** @description Not modified: If-None-Match matched the current ETag; no body */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such mount, or another tenant’s */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WsgiMount_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such mount, or another tenant’s */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WsgiMount_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only apply the change if the current ETag is one of these (or `*`); otherwise 412. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateWsgiMount'];
      };
    };
    responses: {
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WsgiMount'];
        };
      };
      /** @description The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a control character or a `__proto__` key; or the JSON is malformed (malformed-body) */
      400: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, invalid or expired bearer credential */
      401: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'WWW-Authenticate': components['headers']['WWWAuthenticate'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such mount, or another tenant’s */
      404: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A name already taken, an object still in use, or a concurrent change (conflict) */
      409: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not name the object’s current ETag: it changed since read (precondition-failed) */
      412: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than BODY_LIMIT (body-too-large) */
      413: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not in a media type this operation takes (unsupported-media-type) */
      415: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The server’s model would be invalid after the change; nothing stored (model-invalid) */
      422: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this credential (too-many-requests): wait Retry-After seconds */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimitPolicy'];
          'Retry-After': components['headers']['RetryAfter'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log */
      500: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Error (RFC 9457 problem details) */
      default: {
        headers: {
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
