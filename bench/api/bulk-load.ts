import pg from 'pg';
import type { ServerModel } from '../../libs/apache/src/model/server-model.js';
import { htaccessRuleToRow } from '#api/model-store/mappers/directory.mapper.js';

/** Rows per INSERT statement: one JSON parameter each, so a few MB per round trip. */
const CHUNK = 20_000;

/**
 * Writes a whole ServerModel straight into a migrated database with set-based SQL (jsonb_to_recordset),
 * bypassing the API: loading 10,000 vhosts through HTTP would take longer than the benchmark itself.
 * created_at is spaced 1 ms apart in model order, because the loader orders by it (the first vhost is
 * Apache's default) and the synthetic ids do not sort in creation order.
 */
export async function bulkLoad(databaseUrl: string, model: ServerModel): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const base = Date.now() - 3_600_000;
    const at = (i: number) => new Date(base + i).toISOString();
    await client.query(
      `INSERT INTO servers (id, name, mod_wsgi_version, socket_prefix, restrict_embedded, apache_user,
         apache_group, config_dir, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), now())`,
      [
        model.id,
        model.name,
        model.modWsgiVersion,
        model.socketPrefix,
        model.restrictEmbedded,
        model.apacheUser,
        model.apacheGroup,
        model.configDir,
      ],
    );
    await insertRows(
      client,
      `INSERT INTO tenants (id, name, unix_user, unix_group, created_at, updated_at)
       SELECT id, name, unix_user, unix_group, created_at, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text, unix_user text, unix_group text,
         created_at timestamptz)`,
      model.tenants.map((t, i) => ({
        id: t.id,
        name: t.name,
        unix_user: t.unixUser,
        unix_group: t.unixGroup,
        created_at: at(i),
      })),
    );
    await insertRows(
      client,
      `INSERT INTO virtual_hosts (id, server_id, server_name, server_aliases, addresses, document_root,
         process_group, application_group, env, process_group_map, created_at, updated_at)
       SELECT id, $2, server_name, server_aliases, addresses, document_root, process_group,
         application_group, env, process_group_map, created_at, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, server_name text, server_aliases text[],
         addresses text[], document_root text, process_group text, application_group text, env jsonb,
         process_group_map jsonb, created_at timestamptz)`,
      model.virtualHosts.map((v, i) => ({
        id: v.id,
        server_name: v.serverName,
        server_aliases: v.serverAliases,
        addresses: v.addresses,
        document_root: v.documentRoot,
        process_group: v.processGroup,
        application_group: v.applicationGroup,
        env: v.env,
        process_group_map: v.processGroupMap,
        created_at: at(i),
      })),
      [model.id],
    );
    await insertRows(
      client,
      `INSERT INTO daemon_groups (id, server_id, virtual_host_id, tenant_id, name, name_key, processes,
         threads, "user", "group", options, created_at, updated_at)
       SELECT id, $2, virtual_host_id, tenant_id, name, lower(name), processes, threads, "user", "group",
         options, created_at, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, virtual_host_id text, tenant_id text, name text,
         processes int, threads int, "user" text, "group" text, options jsonb, created_at timestamptz)`,
      model.daemonGroups.map((g, i) => ({
        id: g.id,
        virtual_host_id: g.virtualHostId,
        tenant_id: g.tenantId,
        name: g.name,
        processes: g.processes,
        threads: g.threads,
        user: g.user,
        group: g.group,
        options: g.options,
        created_at: at(i),
      })),
      [model.id],
    );
    await insertRows(
      client,
      `INSERT INTO directories (id, virtual_host_id, server_id, tenant_id, path, url_path, allow_override,
         options, handlers, restrict_process, process_group, env, created_at, updated_at)
       SELECT id, virtual_host_id, $2, tenant_id, path, url_path, allow_override, options, handlers,
         restrict_process, process_group, env, created_at, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, virtual_host_id text, tenant_id text, path text,
         url_path text, allow_override text[], options text[], handlers jsonb, restrict_process jsonb,
         process_group text, env jsonb, created_at timestamptz)`,
      model.directories.map((d, i) => ({
        id: d.id,
        virtual_host_id: d.virtualHostId,
        tenant_id: d.tenantId,
        path: d.path,
        url_path: d.urlPath,
        allow_override: d.allowOverride,
        options: d.options,
        handlers: d.handlers,
        restrict_process: d.restrictProcess,
        process_group: d.processGroup,
        env: d.env,
        created_at: at(i),
      })),
      [model.id],
    );
    await insertRows(
      client,
      `INSERT INTO htaccess_rules (id, directory_id, position, files, files_match, variable, process_group)
       SELECT gen_random_uuid()::text, "directoryId", position, files, "filesMatch", variable, "processGroup"
       FROM jsonb_to_recordset($1::jsonb) AS x("directoryId" text, position int, files text,
         "filesMatch" text, variable text, "processGroup" text)`,
      // The API's own rule→row mapper, so the benchmark stores rules exactly as a PUT does.
      model.directories.flatMap((d) => d.rules.map((r, position) => htaccessRuleToRow(d.id, r, position))),
    );
    await client.query('COMMIT');
    // Fresh tables: give the planner real statistics before the app's first query.
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function insertRows(
  client: pg.Client,
  sql: string,
  rows: readonly object[],
  extra: readonly unknown[] = [],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await client.query(sql, [JSON.stringify(rows.slice(i, i + CHUNK)), ...extra]);
  }
}
