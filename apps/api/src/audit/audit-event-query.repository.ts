import { Inject, Injectable } from '@nestjs/common';
import type { AuditEvent, Prisma } from '#db';
import { keyset, type Page } from '../platform/http/pagination/index.js';
import type { Database } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import type { AuditEventListQuery, AuditEventView } from './audit-events.dto.js';

/** Reads the audit trail for admins, newest first. Writing it is AuditService's job (in the write's transaction). */
@Injectable()
export class AuditEventQueryRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async listNewestFirst(query: AuditEventListQuery): Promise<Page<AuditEventView>> {
    const page = keyset(query, 'createdAt', 'desc');
    const filters: Prisma.AuditEventWhereInput = {
      ...(query.actor !== undefined ? { actorUserId: query.actor } : {}),
      ...(query.targetType !== undefined ? { targetType: query.targetType } : {}),
      ...(query.targetId !== undefined ? { targetId: query.targetId } : {}),
      ...(query.serverId !== undefined ? { serverId: query.serverId } : {}),
      ...(query.tenantId !== undefined ? { tenantId: query.tenantId } : {}),
      ...(query.action !== undefined ? { action: query.action } : {}),
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
    return page.page(rows, toView);
  }
}

function toView(row: AuditEvent): AuditEventView {
  return {
    id: row.id,
    actorUserId: row.actorUserId,
    credentialId: row.credentialId,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    serverId: row.serverId,
    tenantId: row.tenantId,
    before: row.before,
    after: row.after,
    createdAt: row.createdAt.toISOString(),
  };
}
