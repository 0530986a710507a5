import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Page } from '../platform/http/pagination/index.js';
import { AdminOnly } from '../auth/decorators/auth-policy.decorators.js';
import { AuditEventQueryRepository } from './audit-event-query.repository.js';
import {
  auditEventListQuery,
  auditEventPageSchema,
  type AuditEventListQuery,
  type AuditEventView,
} from './audit-events.dto.js';

@ApiTags('audit')
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditEventQueryRepository) {}

  @Get()
  @AdminOnly()
  @ApiOkResponse({ standardSchema: auditEventPageSchema, description: 'Newest first' })
  list(@Query({ schema: auditEventListQuery }) query: AuditEventListQuery): Promise<Page<AuditEventView>> {
    return this.events.listNewestFirst(query);
  }
}
