import { Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal.js';
import { tenantScopeOf } from '../../auth/tenant-scope.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { DaemonGroupRestartDto } from './daemon-group-restart.dto.js';
import { presentRestart } from './daemon-group-restart.presenter.js';
import { DaemonGroupRestartRepository } from './daemon-group-restart.repository.js';

/** GET /daemon-groups/{id}/restarts/{restartId}: the same visibility as the group. */
@Injectable()
export class GetDaemonGroupRestart {
  constructor(private readonly restarts: DaemonGroupRestartRepository) {}

  async get(principal: Principal, groupId: string, restartId: string): Promise<DaemonGroupRestartDto> {
    const row = await this.restarts.find(groupId, restartId, tenantScopeOf(principal));
    if (row === null)
      throw new AppError('NOT_FOUND', `Restart ${restartId} of daemon group ${groupId} does not exist.`);
    return presentRestart(row);
  }
}
