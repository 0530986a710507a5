import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AdminOnly, AgentRoute } from '../../auth/decorators/auth-policy.decorators.js';
import {
  agentRestartListSchema,
  agentRestartOutcomeSchema,
  type AgentRestartList,
  type AgentRestartOutcomeBody,
} from './agent-daemon-group-restart.dto.js';
import { AgentDaemonGroupRestarts } from './agent-daemon-group-restarts.use-case.js';
import { daemonGroupRestartSchema, type DaemonGroupRestartDto } from './daemon-group-restart.dto.js';

/** Where an agent picks up its server's restarts and reports how they went (admins may too). */
@ApiTags('fleet')
@Controller('servers/:serverId/daemon-group-restarts')
export class AgentDaemonGroupRestartsController {
  constructor(private readonly restarts: AgentDaemonGroupRestarts) {}

  @Get('pending')
  @AdminOnly()
  @AgentRoute('serverId')
  @ApiOperation({
    summary: 'Pending daemon group restarts of a server',
    description:
      'What the server’s agent asks on each poll: the restarts waiting for it, oldest first, each with the identity of the group’s processes (name, display-name, socket prefix).',
  })
  @ApiOkResponse({ standardSchema: agentRestartListSchema })
  @ApiNotFoundResponse({ description: 'No such server, or another server’s agent token' })
  pending(@Param('serverId') serverId: string): Promise<AgentRestartList> {
    return this.restarts.pending(serverId);
  }

  @Post(':restartId/outcome')
  @HttpCode(200)
  @AdminOnly()
  @AgentRoute('serverId')
  @ApiOperation({
    summary: 'Report a daemon group restart',
    description:
      'The agent marks a pending restart `running` before it signals anything, then sends `done` or `failed` with the pids before and after and any errors.',
  })
  @ApiOkResponse({ standardSchema: daemonGroupRestartSchema, description: 'The restart as recorded' })
  @ApiNotFoundResponse({ description: 'No such restart of this server' })
  @ApiConflictResponse({ description: 'The restart already finished (or is already running)' })
  record(
    @Param('serverId') serverId: string,
    @Param('restartId') restartId: string,
    @Body({ schema: agentRestartOutcomeSchema }) body: AgentRestartOutcomeBody,
  ): Promise<DaemonGroupRestartDto> {
    return this.restarts.record(serverId, restartId, body);
  }
}
