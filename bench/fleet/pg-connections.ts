import pg from 'pg';

export interface ConnectionCount {
  /** Every backend PostgreSQL lists (incl. its own background processes and this sampler). */
  total: number;
  /** Client backends other than this sampler: the API processes' pools and change listeners. */
  clients: number;
}

/**
 * Samples SELECT count(*) FROM pg_stat_activity once a second on its own connection and keeps the
 * maximum: the connections the fleet makes the database hold.
 */
export class PgConnectionSampler {
  private readonly client: pg.Client;
  private timer: NodeJS.Timeout | undefined;
  max: ConnectionCount = { total: 0, clients: 0 };
  samples = 0;

  constructor(databaseUrl: string) {
    this.client = new pg.Client({ connectionString: databaseUrl, application_name: 'fleet-bench-sampler' });
  }

  async start(): Promise<void> {
    await this.client.connect();
    await this.sample();
    this.timer = setInterval(() => void this.sample().catch(() => undefined), 1_000);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.client.end();
  }

  private async sample(): Promise<void> {
    const { rows } = await this.client.query<{ total: string; clients: string }>(
      `SELECT count(*) AS total,
         count(*) FILTER (WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()) AS clients
       FROM pg_stat_activity`,
    );
    const row = rows[0];
    if (row === undefined) return;
    this.samples++;
    this.max = {
      total: Math.max(this.max.total, Number(row.total)),
      clients: Math.max(this.max.clients, Number(row.clients)),
    };
  }
}
