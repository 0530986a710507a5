import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { tenantScopeOf } from '../auth/tenant-scope.js';
import { AppError } from '../platform/errors/app-error.js';
import { AgentReportRepository } from './agent-report.repository.js';
import type { DaemonGroupProcessesDto } from './fleet-status.dto.js';

/** GET /daemon-groups/{id}/processes: the group's processes as its server's agent last reported them. */
@Injectable()
export class DaemonGroupProcessesService {
  constructor(private readonly reports: AgentReportRepository) {}

  async of(principal: Principal, id: string): Promise<DaemonGroupProcessesDto> {
    const found = await this.reports.groupProcesses(id, tenantScopeOf(principal));
    // Another tenant's group reads as absent: 404, never 403.
    if (found === null) throw new AppError('NOT_FOUND', `Daemon group ${id} does not exist.`);
    return {
      daemonGroupId: found.group.id,
      serverId: found.group.serverId,
      name: found.group.name,
      reportedAt: found.reportedAt?.toISOString() ?? null,
      processes: found.processes,
    };
  }
}
