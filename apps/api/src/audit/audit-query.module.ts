import { Module } from '@nestjs/common';
import { AuditEventQueryRepository } from './audit-event-query.repository.js';
import { AuditEventsController } from './audit-events.controller.js';

/** GET /audit-events. (The writer, AuditService, lives with the model store's write path.) */
@Module({ controllers: [AuditEventsController], providers: [AuditEventQueryRepository] })
export class AuditQueryModule {}
