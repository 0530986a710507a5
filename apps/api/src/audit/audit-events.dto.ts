import { z } from 'zod';
import { listQuery, pageSchema } from '../platform/http/pagination/index.js';

export const auditEventListQuery = listQuery({
  actor: z.string().min(1).max(64).optional().describe('The acting user id'),
  targetType: z.string().min(1).max(64).optional().describe('e.g. directory, daemon-group, server'),
  targetId: z.string().min(1).max(64).optional(),
  serverId: z.string().min(1).max(64).optional(),
  tenantId: z.string().min(1).max(64).optional(),
  action: z.string().min(1).max(128).optional().describe('e.g. htaccess.replace'),
  requestId: z
    .string()
    .min(1)
    .max(128)
    .optional()
    .describe('The X-Request-Id of the request that made the changes'),
  from: z.iso.datetime({ offset: true }).optional().describe('Inclusive lower bound on the event time'),
  to: z.iso.datetime({ offset: true }).optional().describe('Exclusive upper bound on the event time'),
}).meta({ id: 'AuditEventListQuery' });

export type AuditEventListQuery = z.infer<typeof auditEventListQuery>;

export const auditEventSchema = z
  .strictObject({
    id: z.string(),
    actorUserId: z.string().nullable(),
    credentialId: z.string().nullable().describe('"session:<jti>" or "token:<id>"'),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    serverId: z.string().nullable(),
    tenantId: z.string().nullable(),
    before: z.unknown().describe('Snapshot before the change; null for a create'),
    after: z.unknown().describe('Snapshot after the change; null for a delete'),
    requestId: z
      .string()
      .nullable()
      .describe('The X-Request-Id of the request that made the change; the same for every event it wrote'),
    createdAt: z.string().describe('ISO 8601'),
  })
  .meta({ id: 'AuditEvent' });

export type AuditEventDto = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = pageSchema(auditEventSchema).meta({ id: 'AuditEventPage' });
