import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';

/** What the agent's poll answer tells it besides the revision (response headers). */
export interface PollSignals {
  readonly restartsPending: number;
  readonly modelRevision: number;
}

@Injectable()
export class AgentPollRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** One statement for many servers: last seen only moves forward; a server that never reported has no row. */
  async touchLastSeen(serverIds: string[], seenAt: Date[]): Promise<void> {
    const iso = seenAt.map((at) => at.toISOString());
    await this.db.$executeRaw`
      UPDATE "agent_reports" AS r SET "last_seen_at" = s.seen_at
      FROM unnest(${serverIds}::text[], ${iso}::text[]::timestamptz[]) AS s(server_id, seen_at)
      WHERE r."server_id" = s.server_id AND r."last_seen_at" < s.seen_at`;
  }

  /** null: no such server. */
  async signalsOf(serverId: string): Promise<PollSignals | null> {
    const rows = await this.db.$queryRaw<{ model_revision: number; pending: number }[]>`
      SELECT s."model_revision",
             (SELECT count(*)::int FROM "daemon_group_restarts" r
               WHERE r."server_id" = s."id" AND r."state" = 'pending') AS pending
        FROM "servers" s WHERE s."id" = ${serverId}`;
    const row = rows[0];
    return row === undefined ? null : { restartsPending: row.pending, modelRevision: row.model_revision };
  }
}
