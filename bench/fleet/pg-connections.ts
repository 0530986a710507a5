import pg from 'pg';

export interface ConnectionCount {
  /** Every backend PostgreSQL lists (incl. its own background processes and this sampler). */
  total: number;
  /** Client backends but the benchmark's own (fleet-bench-*): the API processes' pools and change listeners. */
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
  /** Client backends by application_name at the sample with the most of them. */
  byApplication: Record<string, number> = {};
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
    const { rows } = await this.client.query<{ app: string | null; type: string; n: string }>(
      `SELECT application_name AS app, backend_type AS type, count(*) AS n
       FROM pg_stat_activity GROUP BY 1, 2`,
    );
    let total = 0;
    const clients: Record<string, number> = {};
    for (const row of rows) {
      total += Number(row.n);
      const app = row.app === null || row.app === '' ? '(none)' : row.app;
      if (row.type === 'client backend' && !app.startsWith('fleet-bench-')) clients[app] = Number(row.n);
    }
    const clientCount = Object.values(clients).reduce((a, b) => a + b, 0);
    this.samples++;
    if (clientCount > this.max.clients) this.byApplication = clients;
    this.max = { total: Math.max(this.max.total, total), clients: Math.max(this.max.clients, clientCount) };
  }
}
