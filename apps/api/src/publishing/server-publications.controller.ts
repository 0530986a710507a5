import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadGatewayResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AgentLastSeen } from '../fleet/agent-poll/agent-last-seen.service.js';
import {
  MODEL_REVISION_HEADER,
  pollHeadersDoc,
  RESTARTS_PENDING_HEADER,
} from '../fleet/agent-poll/agent-poll-headers.js';
import { AgentPollSignals } from '../fleet/agent-poll/agent-poll-signals.js';
import { AdminOnly, AgentRoute } from '../auth/decorators/auth-policy.decorators.js';
import { CreatedLocation } from '../platform/http/location/created-location.interceptor.js';
import { CurrentPrincipal } from '../auth/decorators/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import type { Page } from '../platform/http/pagination/index.js';
import { DriftUseCase } from './drift.use-case.js';
import { DryRunUseCase } from './dry-run.use-case.js';
import { ListPublicationsUseCase } from './list-publications.use-case.js';
import {
  driftReportSchema,
  dryRunSchema,
  publicationListQuery,
  publicationPageSchema,
  publicationSchema,
  publishBodySchema,
  publishQuerySchema,
  publishResultSchema,
  type DriftReportDto,
  type DryRunDto,
  type PublicationDto,
  type PublicationListQuery,
  type PublicationSummary,
  type PublishBody,
  type PublishQuery,
  type PublishResult,
} from './publication.dto.js';
import { PublishUseCase } from './publish.use-case.js';
import { WantedRevisionUseCase } from './wanted-revision.use-case.js';

/** A publish stored a new revision (201), as opposed to a no-op or a dry run (200). */
const storedARevision = (body: Record<string, unknown>) => body.noop === false;

@ApiTags('publications')
@Controller('servers')
export class ServerPublicationsController {
  constructor(
    private readonly publish: PublishUseCase,
    private readonly dryRun: DryRunUseCase,
    private readonly listPublications: ListPublicationsUseCase,
    private readonly wanted: WantedRevisionUseCase,
    private readonly drifts: DriftUseCase,
    private readonly lastSeen: AgentLastSeen,
    private readonly pollSignals: AgentPollSignals,
  ) {}

  @Post(':serverId/publications')
  @HttpCode(201)
  @AdminOnly()
  @CreatedLocation('publications', storedARevision)
  @ApiCreatedResponse({
    standardSchema: publishResultSchema,
    description: 'A new revision (live or pending)',
  })
  @ApiOkResponse({
    standardSchema: dryRunSchema,
    description: 'No-op (PublishResult, noop: true) or a dry run',
  })
  @ApiUnprocessableEntityResponse({ description: 'validate() or Apache’s configtest refused it' })
  @ApiConflictResponse({ description: 'Hand-edited files on the web server (publish with force)' })
  @ApiBadGatewayResponse({ description: 'Reload or probe failed; the previous files were restored' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Query({ schema: publishQuerySchema }) query: PublishQuery,
    @Body({ schema: publishBodySchema }) body: PublishBody,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PublishResult | DryRunDto> {
    if (query.dryRun === 'true') {
      res.status(200);
      return this.dryRun.execute(serverId);
    }
    const outcome = await this.publish.execute(principal, serverId, body ?? {});
    res.status(outcome.kind === 'published' ? 201 : 200);
    return outcome.body;
  }

  @Get(':serverId/publications')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: publicationPageSchema })
  list(
    @Param('serverId') serverId: string,
    @Query({ schema: publicationListQuery }) query: PublicationListQuery,
  ): Promise<Page<PublicationSummary>> {
    return this.listPublications.execute(serverId, query);
  }

  /**
   * For agents: admins, or the server's own scoped agent token. The agent's poll is also its heartbeat (last
   * seen, written in batches) and says from memory whether restarts wait, so a quiet agent makes one call.
   */
  @Get(':serverId/publications/live')
  @AdminOnly()
  @AgentRoute('serverId')
  @ApiOkResponse({
    standardSchema: publicationSchema,
    description: 'The newest pending revision, else the live one',
    headers: pollHeadersDoc,
  })
  @ApiNotModifiedResponse({ description: 'If-None-Match matched the ETag', headers: pollHeadersDoc })
  async live(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PublicationDto | undefined> {
    if (principal.serverScope !== null) this.lastSeen.polled(serverId);
    const [wanted, signals] = await Promise.all([
      this.wanted.execute(serverId, ifNoneMatch),
      this.pollSignals.of(serverId),
    ]);
    res.setHeader('ETag', wanted.etag);
    if (signals !== null) {
      res.setHeader(RESTARTS_PENDING_HEADER, String(signals.restartsPending));
      res.setHeader(MODEL_REVISION_HEADER, String(signals.modelRevision));
    }
    if (wanted.publication !== null) return wanted.publication;
    res.status(304);
    return undefined;
  }

  @Get(':serverId/drift')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: driftReportSchema })
  @ApiConflictResponse({ description: 'Not applying locally (HOSTPLANE_APPLY_MODE=none)' })
  drift(@Param('serverId') serverId: string): Promise<DriftReportDto> {
    return this.drifts.execute(serverId);
  }
}
