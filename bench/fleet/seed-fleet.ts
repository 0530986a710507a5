import pg from 'pg';
import { issueApiToken } from '#api/auth/tokens/api-token-format.js';

export interface FleetServer {
  readonly serverId: string;
  /** The agent's server-scoped API token (hpt_…). */
  readonly token: string;
  /** The live revision, as the agent's state file remembers it (applied, with its ETag). */
  readonly live: { publicationId: string; revision: number };
}

/**
 * Rows of `table` copied `count` times with the given columns rewritten (SQL expressions over the source row
 * `s` and the copy number `n`). Through jsonb_populate_record, so columns added later are copied as they are.
 */
function cloneSql(table: string, where: string, rewrite: Record<string, string>): string {
  const fields = Object.entries(rewrite)
    .map(([column, expression]) => `'${column}', ${expression}`)
    .join(', ');
  return `INSERT INTO ${table}
    SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(s) || jsonb_build_object(${fields}))).*
    FROM ${table} s, generate_series(1, $2::int) n WHERE ${where}`;
}

/** 'x' → 'x-f<n>' (null stays null): the copy's id of a template row's id. */
const copyId = (column: string) =>
  `CASE WHEN s.${column} IS NULL THEN NULL ELSE s.${column} || '-f' || n END`;

/**
 * The fleet's servers, from one template server that is already bulk-loaded and published through the API:
 * `count - 1` copies of its model rows and its revision (same files and digest) with SQL, all marked live
 * (applied by their agents before the benchmark starts), and one agent token per server (issued as the API
 * issues them, owned by the admin). Seeding 1,000 servers through
 * HTTP would only measure the write path, which is not what this benchmark is about; the polls and reports
 * that are measured all go through HTTP.
 */
export async function seedFleet(
  databaseUrl: string,
  templateId: string,
  count: number,
): Promise<FleetServer[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const copies = count - 1;
    const params = [templateId, copies];
    const server = `s.id = $1`;
    const ofServer = `s.server_id = $1`;
    await client.query(cloneSql('servers', server, { id: copyId('id'), name: copyId('name') }), params);
    await client.query(
      cloneSql('virtual_hosts', ofServer, { id: copyId('id'), server_id: `$1 || '-f' || n` }),
      params,
    );
    await client.query(
      cloneSql('daemon_groups', ofServer, {
        id: copyId('id'),
        server_id: `$1 || '-f' || n`,
        virtual_host_id: copyId('virtual_host_id'),
      }),
      params,
    );
    await client.query(
      cloneSql('directories', ofServer, {
        id: copyId('id'),
        server_id: `$1 || '-f' || n`,
        virtual_host_id: copyId('virtual_host_id'),
      }),
      params,
    );
    await client.query(
      cloneSql('htaccess_rules', `s.directory_id IN (SELECT id FROM directories WHERE server_id = $1)`, {
        id: 'gen_random_uuid()::text',
        directory_id: copyId('directory_id'),
      }),
      params,
    );
    await client.query(
      cloneSql('publications', ofServer, {
        id: 'gen_random_uuid()::text',
        server_id: `$1 || '-f' || n`,
        parent_id: 'NULL',
      }),
      params,
    );
    // Every server already runs its revision: the agents start from their state files (steady state).
    const live = await client.query<{ server_id: string; id: string; revision: number }>(
      `UPDATE publications SET status = 'live', applied_at = now(), log = 'seeded as applied'
       WHERE status = 'pending' RETURNING server_id, id, revision`,
    );
    const liveOf = new Map(
      live.rows.map((r) => [r.server_id, { publicationId: r.id, revision: r.revision }]),
    );
    const serverIds = [templateId, ...Array.from({ length: copies }, (_, i) => `${templateId}-f${i + 1}`)];
    const admin = await client.query<{ id: string }>(`SELECT id FROM users WHERE role = 'admin' LIMIT 1`);
    const userId = admin.rows[0]?.id;
    if (userId === undefined) throw new Error('no admin user to own the agent tokens');
    const fleet: FleetServer[] = [];
    const rows = serverIds.map((serverId) => {
      const issued = issueApiToken();
      const applied = liveOf.get(serverId);
      if (applied === undefined) throw new Error(`no revision for ${serverId}`);
      fleet.push({ serverId, token: issued.token, live: applied });
      return { id: issued.id, server_id: serverId, prefix: issued.prefix, token_hash: issued.secretHash };
    });
    await client.query(
      `INSERT INTO api_tokens (id, user_id, name, prefix, token_hash, server_id, created_at)
       SELECT id, $2, 'agent ' || server_id, prefix, token_hash, server_id, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, server_id text, prefix text, token_hash text)`,
      [JSON.stringify(rows), userId],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return fleet;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
