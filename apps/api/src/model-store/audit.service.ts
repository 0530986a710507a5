import { Injectable } from '@nestjs/common';
import { Prisma } from '#db';
import type { Principal } from '../auth/principal.js';
import type { DbClient } from './db-client.js';

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
 * Writes one AuditEvent with the caller's transaction client, so the event commits or rolls back with the
 * change it describes: a refused write leaves no trace, an accepted one always does.
 */
@Injectable()
export class AuditService {
  async record(tx: DbClient, event: AuditRecord): Promise<void> {
    await tx.auditEvent.create({
      data: {
        actorUserId: event.principal.userId,
        credentialId: event.principal.credentialId,
        action: event.action,
        targetType: event.targetType,
        targetId: event.targetId,
        serverId: event.serverId ?? null,
        tenantId: event.tenantId ?? null,
        before: snapshot(event.before),
        after: snapshot(event.after),
      },
    });
  }
}

/** JSON round trip: Dates become ISO strings, undefined members vanish; absent snapshot = SQL NULL. */
function snapshot(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
