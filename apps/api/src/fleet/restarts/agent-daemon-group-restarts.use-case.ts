import { Injectable } from '@nestjs/common';
import { AppError } from '../../platform/errors/app-error.js';
import type { AgentRestartList, AgentRestartOutcomeBody } from './agent-daemon-group-restart.dto.js';
import type { DaemonGroupRestartDto } from './daemon-group-restart.dto.js';
import { presentRestart } from './daemon-group-restart.presenter.js';
import { DaemonGroupRestartRepository } from './daemon-group-restart.repository.js';
import { restartIdentityOf } from './restart-identity.js';

/**
 * The agent's side of a restart: on each poll it asks for its server's pending restarts, marks one running,
 * restarts the group on its host (libs/deploy) and sends the outcome. Its server-scoped token reaches only its
 * own server's rows (the route's AgentRoute, and `serverId` in every query).
 */
@Injectable()
export class AgentDaemonGroupRestarts {
  constructor(private readonly restarts: DaemonGroupRestartRepository) {}

  async pending(serverId: string): Promise<AgentRestartList> {
    if (!(await this.restarts.serverExists(serverId)))
      throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
    const items = await this.restarts.pendingOf(serverId, 20);
    return {
      items: items.map(({ id, target }) => ({
        id,
        daemonGroupId: target.id,
        groupName: target.name,
        displayName: target.displayName,
        socketPrefix: target.socketPrefix,
        otherTitles: restartIdentityOf(target).otherTitles,
      })),
    };
  }

  async record(
    serverId: string,
    restartId: string,
    body: AgentRestartOutcomeBody,
  ): Promise<DaemonGroupRestartDto> {
    const row = await this.restarts.findOfServer(serverId, restartId);
    if (row === null)
      throw new AppError('NOT_FOUND', `Restart ${restartId} of server ${serverId} does not exist.`);
    const moved =
      body.state === 'running'
        ? await this.restarts.claim(restartId)
        : await this.restarts.finish(
            restartId,
            {
              ok: body.state === 'done',
              pidsBefore: body.pidsBefore ?? [],
              pidsAfter: body.pidsAfter ?? [],
              errors: body.errors ?? [],
            },
            new Date(),
            serverId,
          );
    if (!moved) {
      throw new AppError('CONFLICT', `Restart ${restartId} is ${row.state}: it cannot become ${body.state}.`);
    }
    const updated = await this.restarts.findOfServer(serverId, restartId);
    return presentRestart(updated ?? row);
  }
}
