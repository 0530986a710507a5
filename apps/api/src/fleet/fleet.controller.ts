import { Body, Controller, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminOnly, AgentRoute, Authenticated } from '../auth/decorators/auth-policy.decorators.js';
import { CurrentPrincipal } from '../auth/decorators/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { GetOne, ListOf } from '../platform/http/crud-route.decorators.js';
import type { Page } from '../platform/http/pagination/index.js';
import {
  agentReportAnswerSchema,
  agentReportSchema,
  type AgentReportAnswer,
  type AgentReportBody,
} from './agent-report.dto.js';
import { AgentReportUseCase } from './agent-report.use-case.js';
import { DaemonGroupProcessesService } from './daemon-group-processes.service.js';
import {
  daemonGroupProcessesSchema,
  fleetListQuery,
  fleetPageSchema,
  serverStatusSchema,
  type DaemonGroupProcessesDto,
  type FleetListQuery,
  type FleetRowDto,
  type ServerStatusDto,
} from './fleet-status.dto.js';
import { FleetStatusService } from './fleet-status.service.js';

@ApiTags('fleet')
@Controller()
export class FleetController {
  constructor(
    private readonly reports: AgentReportUseCase,
    private readonly status: FleetStatusService,
    private readonly processes: DaemonGroupProcessesService,
  ) {}

  /** The agent's heartbeat, once per poll: its server-scoped token only. */
  @Post('servers/:serverId/agent-reports')
  @HttpCode(200)
  @AdminOnly()
  @AgentRoute('serverId')
  @ApiOkResponse({
    standardSchema: agentReportAnswerSchema,
    description: 'Stored as the server’s latest report',
  })
  @ApiForbiddenResponse({ description: 'Not a server-scoped agent token' })
  @ApiNotFoundResponse({ description: 'No such server, or another server’s agent token' })
  report(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Body({ schema: agentReportSchema }) body: AgentReportBody,
  ): Promise<AgentReportAnswer> {
    return this.reports.receive(principal, serverId, body);
  }

  @GetOne('servers/:serverId/status', serverStatusSchema, { notFound: 'No such server' })
  @AdminOnly()
  serverStatus(@Param('serverId') serverId: string): Promise<ServerStatusDto> {
    return this.status.status(serverId);
  }

  @ListOf('fleet', fleetPageSchema, { description: 'One row per server, in creation order' })
  @AdminOnly()
  fleet(@Query({ schema: fleetListQuery }) query: FleetListQuery): Promise<Page<FleetRowDto>> {
    return this.status.list(query);
  }

  @GetOne('daemon-groups/:id/processes', daemonGroupProcessesSchema, {
    description: 'As the server’s agent last reported them',
    notFound: 'No such group, or one not serving the calling tenant',
  })
  @Authenticated()
  groupProcesses(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
  ): Promise<DaemonGroupProcessesDto> {
    return this.processes.of(principal, id);
  }
}
