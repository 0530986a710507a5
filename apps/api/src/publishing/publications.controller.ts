import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadGatewayResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AdminOnly, AgentRoute } from '../auth/decorators/auth-policy.decorators.js';
import { CreatedLocation } from '../platform/http/location/created-location.interceptor.js';
import { CurrentPrincipal } from '../auth/decorators/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import {
  deploymentReportSchema,
  diffQuerySchema,
  publicationDiffSchema,
  publicationSchema,
  publishResultSchema,
  rollbackBodySchema,
  type DeploymentReport,
  type DiffQuery,
  type PublicationDiffDto,
  type PublicationDto,
  type PublishResult,
  type RollbackBody,
} from './publication.dto.js';
import { DiffPublicationsUseCase } from './diff-publications.use-case.js';
import { GetPublicationUseCase } from './get-publication.use-case.js';
import { ReportDeploymentUseCase } from './report-deployment.use-case.js';
import { RollbackUseCase } from './rollback.use-case.js';

@ApiTags('publications')
@Controller('publications')
export class PublicationsController {
  constructor(
    private readonly getPublication: GetPublicationUseCase,
    private readonly diffPublications: DiffPublicationsUseCase,
    private readonly rollbacks: RollbackUseCase,
    private readonly deployments: ReportDeploymentUseCase,
  ) {}

  @Get(':id')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: publicationSchema })
  get(@Param('id') id: string): Promise<PublicationDto> {
    return this.getPublication.execute(id);
  }

  @Get(':id/diff')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: publicationDiffSchema })
  diff(
    @Param('id') id: string,
    @Query({ schema: diffQuerySchema }) query: DiffQuery,
  ): Promise<PublicationDiffDto> {
    return this.diffPublications.execute(id, query.against);
  }

  @Post(':id/rollback')
  @HttpCode(201)
  @AdminOnly()
  // A rollback that stored a new revision (201), not a no-op (200).
  @CreatedLocation('publications', (body) => body.noop === false)
  @ApiCreatedResponse({
    standardSchema: publishResultSchema,
    description: 'A new revision with the old files',
  })
  @ApiOkResponse({ standardSchema: publishResultSchema, description: 'Those files are already live (noop)' })
  @ApiUnprocessableEntityResponse({ description: 'Apache’s configtest refused it' })
  @ApiConflictResponse({ description: 'The revision never went live, or hand-edited files' })
  @ApiBadGatewayResponse({ description: 'Reload or probe failed; the previous files were restored' })
  async rollback(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: rollbackBodySchema }) body: RollbackBody,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PublishResult> {
    const outcome = await this.rollbacks.execute(principal, id, body);
    res.status(outcome.kind === 'published' ? 201 : 200);
    return outcome.body;
  }

  /** For agents: admins, or the scoped agent token of the publication's server (checked by the service). */
  @Post(':id/deployments')
  @HttpCode(200)
  @AdminOnly()
  @AgentRoute()
  @ApiOkResponse({ standardSchema: publicationSchema, description: 'The publication with its new status' })
  @ApiConflictResponse({ description: 'The revision is not pending' })
  report(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: deploymentReportSchema }) body: DeploymentReport,
  ): Promise<PublicationDto> {
    return this.deployments.execute(principal, id, body);
  }
}
