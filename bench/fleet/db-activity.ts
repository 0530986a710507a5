import pg from 'pg';
import { processCpuMs } from '../api/process-cpu.js';

export interface DbSnapshot {
  at: number;
  /** Committed + rolled back transactions of the database (each autocommit statement is one). */
  transactions: number;
  inserted: number;
  updated: number;
  /** CPU time used so far by each backend of the database's clients, by pid. */
  backendCpuMs: Map<number, number>;
}

export interface DbActivity {
  transactionsPerSecond: number;
  rowWritesPerSecond: number;
  /** CPU of the client backends over the window, % of one core (PostgreSQL's share of the work). */
  backendCpuPercent: number;
}

/** Counters of pg_stat_database and the backends' CPU from /proc, read at both ends of the measured window. */
export async function dbSnapshot(databaseUrl: string): Promise<DbSnapshot> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'fleet-bench-snapshot' });
  await client.connect();
  try {
    const stats = await client.query<{ xacts: string; inserted: string; updated: string }>(
      `SELECT xact_commit + xact_rollback AS xacts, tup_inserted AS inserted, tup_updated AS updated
       FROM pg_stat_database WHERE datname = current_database()`,
    );
    const backends = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
       WHERE backend_type = 'client backend' AND application_name NOT LIKE 'fleet-bench-%'`,
    );
    const backendCpuMs = new Map<number, number>();
    for (const { pid } of backends.rows) {
      const ms = processCpuMs(pid);
      if (ms !== null) backendCpuMs.set(pid, ms);
    }
    const row = stats.rows[0];
    return {
      at: performance.now(),
      transactions: Number(row?.xacts ?? 0),
      inserted: Number(row?.inserted ?? 0),
      updated: Number(row?.updated ?? 0),
      backendCpuMs,
    };
  } finally {
    await client.end();
  }
}

/** The rates between two snapshots; a backend that came or went in between counts for what both saw. */
export function dbActivity(before: DbSnapshot, after: DbSnapshot): DbActivity {
  const seconds = (after.at - before.at) / 1000;
  let cpuMs = 0;
  for (const [pid, ms] of after.backendCpuMs) cpuMs += ms - (before.backendCpuMs.get(pid) ?? ms);
  return {
    // The snapshot's own two statements are in the count; negligible next to hundreds per second.
    transactionsPerSecond: (after.transactions - before.transactions) / seconds,
    rowWritesPerSecond: (after.inserted + after.updated - before.inserted - before.updated) / seconds,
    backendCpuPercent: cpuMs / 10 / seconds,
  };
}
