import { Module } from '@nestjs/common';
import { AuditEventRepository } from './audit-event.repository.js';
import { AuditEventsController } from './audit-events.controller.js';

/**
 * The audit trail: GET /audit-events, and AuditEventRepository.record, the one writer of audit rows, for
 * every module that changes something (import AuditModule).
 */
@Module({
  controllers: [AuditEventsController],
  providers: [AuditEventRepository],
  exports: [AuditEventRepository],
})
export class AuditModule {}
