import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type AuditEvent as AuditEventRow } from '#db';
import type { Principal } from '../auth/principal.js';
import { keyset, type Page } from '../platform/http/pagination/index.js';
import type { Database, Transaction } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import { currentRequestId } from '../platform/logging/request-context.js';
import type { AuditEventListQuery } from './audit-events.dto.js';

export interface AuditRecord {
  readonly principal: Principal;
  /** Dotted verb, e.g. "daemon-group.create", "server.update", "api-token.revoke". */
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly serverId?: string | null;
  readonly tenantId?: string | null;
  /** Plain JSON-able snapshots; undefined = not applicable (nothing before a create, nothing after a delete). */
  readonly before?: unknown;
  readonly after?: unknown;
}

/**
 * The audit trail. `record` is THE writer of audit rows: every change records its event with the caller's
 * transaction, so the event commits or rolls back with the change it describes (a refused write leaves no
 * trace, an accepted one always does). A writer that must stay one SQL statement embeds
 * `insertAuditEventsSql` instead, so the columns and the snapshot encoding are spelled out once.
 */
@Injectable()
export class AuditEventRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async record(tx: Transaction, event: AuditRecord): Promise<void> {
    await tx.$executeRaw(insertAuditEventsSql([event]));
  }

  /** For admins, newest first. */
  async listNewestFirst<T>(query: AuditEventListQuery, present: (row: AuditEventRow) => T): Promise<Page<T>> {
    const page = keyset(query, 'createdAt', 'desc');
    const filters: Prisma.AuditEventWhereInput = {
      ...(query.actor !== undefined ? { actorUserId: query.actor } : {}),
      ...(query.targetType !== undefined ? { targetType: query.targetType } : {}),
      ...(query.targetId !== undefined ? { targetId: query.targetId } : {}),
      ...(query.serverId !== undefined ? { serverId: query.serverId } : {}),
      ...(query.tenantId !== undefined ? { tenantId: query.tenantId } : {}),
      ...(query.action !== undefined ? { action: query.action } : {}),
      ...(query.requestId !== undefined ? { requestId: query.requestId } : {}),
      ...(query.from !== undefined || query.to !== undefined
        ? {
            createdAt: {
              ...(query.from !== undefined ? { gte: new Date(query.from) } : {}),
              ...(query.to !== undefined ? { lt: new Date(query.to) } : {}),
            },
          }
        : {}),
    };
    const rows = await this.db.auditEvent.findMany({
      where: { AND: [filters, page.where] },
      orderBy: page.orderBy,
      take: page.take,
    });
    return page.page(rows, present);
  }
}

/**
 * `INSERT INTO audit_events … SELECT … FROM <the events as one jsonb parameter>`: to run alone (record) or
 * to embed in a larger statement, e.g. a CTE `audited AS (${insertAuditEventsSql(events, onlyIf)} RETURNING 1)`.
 * `onlyIf` filters the rows inserted (the SELECT's alias is `a`, e.g. `a.target_id IN (SELECT id FROM dir)`).
 * created_at is the database's: the transaction's (or the autocommitted statement's) time; request_id is the id of
 * the request being served (X-Request-Id), the same for every event one request writes.
 */
export function insertAuditEventsSql(events: readonly AuditRecord[], onlyIf?: Prisma.Sql): Prisma.Sql {
  const requestId = currentRequestId() ?? null;
  const rows = JSON.stringify(
    events.map((event) => ({
      id: randomUUID(),
      actor_user_id: event.principal.userId,
      credential_id: event.principal.credentialId,
      action: event.action,
      target_type: event.targetType,
      target_id: event.targetId,
      server_id: event.serverId ?? null,
      tenant_id: event.tenantId ?? null,
      before: snapshot(event.before),
      after: snapshot(event.after),
      request_id: requestId,
    })),
  );
  return Prisma.sql`
    INSERT INTO audit_events (id, actor_user_id, credential_id, action, target_type, target_id, server_id,
      tenant_id, before, after, request_id)
    SELECT a.id, a.actor_user_id, a.credential_id, a.action, a.target_type, a.target_id, a.server_id,
      a.tenant_id, a.before, a.after, a.request_id
    FROM jsonb_to_recordset(${rows}::jsonb)
      AS a(id text, actor_user_id text, credential_id text, action text, target_type text, target_id text,
        server_id text, tenant_id text, before jsonb, after jsonb, request_id text)
    ${onlyIf === undefined ? Prisma.empty : Prisma.sql`WHERE ${onlyIf}`}`;
}

/**
 * JSON round trip: Dates become ISO strings, undefined members vanish. An absent snapshot is SQL NULL: in
 * jsonb_to_recordset a JSON null member reads as SQL NULL, never as the JSON literal null.
 */
function snapshot(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value)) as unknown;
}
