import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Page } from '../platform/http/pagination/index.js';
import { AdminOnly } from '../auth/decorators/auth-policy.decorators.js';
import { presentAuditEvent } from './audit-event.presenter.js';
import { AuditEventRepository } from './audit-event.repository.js';
import {
  auditEventListQuery,
  auditEventPageSchema,
  type AuditEventDto,
  type AuditEventListQuery,
} from './audit-events.dto.js';

@ApiTags('audit')
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditEventRepository) {}

  @Get()
  @AdminOnly()
  @ApiOkResponse({ standardSchema: auditEventPageSchema, description: 'Newest first' })
  list(@Query({ schema: auditEventListQuery }) query: AuditEventListQuery): Promise<Page<AuditEventDto>> {
    return this.events.listNewestFirst(query, presentAuditEvent);
  }
}
