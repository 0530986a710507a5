import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AdminOnly, Authenticated } from '../auth/decorators/auth-policy.decorators.js';
import { CurrentPrincipal } from '../auth/decorators/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import {
  renderedConfigSchema,
  resolveOutcomeSchema,
  validationReportSchema,
  type RenderedConfigBody,
  type ResolveOutcomeBody,
  type ResolveQuery,
  type ValidationReport,
} from './inspection.dto.js';
import { InspectionService } from './inspection.service.js';
import { resolveQueryInput } from './resolve-query.js';
import { resolveEtag } from './resolve-etag.js';

@ApiTags('config')
@Controller('servers')
export class InspectionController {
  constructor(private readonly engine: InspectionService) {}

  @Get(':serverId/validation')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: validationReportSchema, description: 'validate() over the whole server' })
  @ApiNotFoundResponse({ description: 'No such server' })
  validation(@Param('serverId') serverId: string): Promise<ValidationReport> {
    return this.engine.validation(serverId);
  }

  @Get(':serverId/config')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: renderedConfigSchema, description: 'The rendered files and their digest' })
  @ApiNotFoundResponse({ description: 'No such server' })
  @ApiUnprocessableEntityResponse({ description: 'The model has errors and cannot be rendered' })
  config(@Param('serverId') serverId: string): Promise<RenderedConfigBody> {
    return this.engine.config(serverId);
  }

  @Get(':serverId/resolve')
  @Authenticated()
  @ApiOkResponse({ standardSchema: resolveOutcomeSchema, description: 'What Apache + mod_wsgi would do' })
  @ApiNotFoundResponse({ description: 'No such server, or (tenant) the request is not in its directories' })
  async resolve(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Query({ schema: resolveQueryInput }) query: ResolveQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ResolveOutcomeBody> {
    const { body, revision, tenantId } = await this.engine.resolve(principal, serverId, query);
    // Set before the body is sent, so Express does not hash the ~3.5 KB answer for its automatic ETag.
    res.setHeader('ETag', resolveEtag(revision, tenantId));
    res.vary('Authorization');
    return body;
  }
}
