import { Controller, Get, Param, Query } from '@nestjs/common';
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
} from './engine.dto.js';
import { EngineService } from './engine.service.js';
import { resolveQueryInput } from './resolve-query.js';

@ApiTags('config')
@Controller('servers')
export class EngineController {
  constructor(private readonly engine: EngineService) {}

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
  resolve(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Query({ schema: resolveQueryInput }) query: ResolveQuery,
  ): Promise<ResolveOutcomeBody> {
    return this.engine.resolve(principal, serverId, query);
  }
}
