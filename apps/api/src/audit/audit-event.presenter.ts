import type { AuditEventRow } from '../platform/database/rows.js';
import type { AuditEventDto } from './audit-events.dto.js';

export function presentAuditEvent(row: AuditEventRow): AuditEventDto {
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
    requestId: row.requestId,
    createdAt: row.createdAt.toISOString(),
  };
}
