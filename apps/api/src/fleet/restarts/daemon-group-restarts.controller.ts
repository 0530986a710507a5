import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../auth/decorators/auth-policy.decorators.js';
import { CurrentPrincipal } from '../../auth/decorators/current-principal.decorator.js';
import type { Principal } from '../../auth/principal.js';
import { API_PREFIX } from '../../platform/http/api-prefix.js';
import { daemonGroupRestartSchema, type DaemonGroupRestartDto } from './daemon-group-restart.dto.js';
import { GetDaemonGroupRestart } from './get-daemon-group-restart.use-case.js';
import { RequestDaemonGroupRestart } from './request-daemon-group-restart.use-case.js';

const NOT_FOUND = 'No such group, or one not serving the calling tenant';

/** Restart one daemon group's processes (issue 12 item 5): admins, and tenants for their own groups. */
@ApiTags('fleet')
@Controller('daemon-groups')
export class DaemonGroupRestartsController {
  constructor(
    private readonly requestRestart: RequestDaemonGroupRestart,
    private readonly getRestart: GetDaemonGroupRestart,
  ) {}

  @Post(':id/restart')
  @HttpCode(202)
  @Authenticated()
  @ApiOperation({
    summary: 'Restart one daemon group',
    description:
      'Restarts only this group’s processes (SIGUSR1 to the processes its display-name identifies; Apache starts new ones), not Apache: by this API in local mode, by the server’s agent on its next poll otherwise. Answers at once with the pending restart; poll its Location for the outcome. Tenants restart their own groups.',
  })
  @ApiAcceptedResponse({
    standardSchema: daemonGroupRestartSchema,
    description: 'Recorded (pending); Location names the restart to poll',
  })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'The group has no display-name: its processes cannot be identified' })
  async restart(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DaemonGroupRestartDto> {
    const restart = await this.requestRestart.request(principal, id);
    res.setHeader(
      'Location',
      `/${API_PREFIX}/daemon-groups/${encodeURIComponent(id)}/restarts/${encodeURIComponent(restart.id)}`,
    );
    return restart;
  }

  @Get(':id/restarts/:restartId')
  @Authenticated()
  @ApiOperation({
    summary: 'Get a restart of a daemon group',
    description:
      'Its state and, once finished, the pids before and after and any errors. Same visibility as the group.',
  })
  @ApiOkResponse({ standardSchema: daemonGroupRestartSchema })
  @ApiNotFoundResponse({ description: `${NOT_FOUND}, or no such restart of it` })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('restartId') restartId: string,
  ): Promise<DaemonGroupRestartDto> {
    return this.getRestart.get(principal, id, restartId);
  }
}
