import { Injectable } from '@nestjs/common';
import type { DriftFindingDto } from './agent-report.dto.js';
import { AgentReportRepository } from './agent-report.repository.js';

/**
 * Drift as the server's agent last reported it, for publishing in agent mode (where the API cannot read the
 * web server's disk): GET /servers/{id}/drift shows it, and a publish over it is refused unless forced.
 */
@Injectable()
export class ReportedDrift {
  constructor(private readonly reports: AgentReportRepository) {}

  /** null: the agent never reported. */
  findings(serverId: string): Promise<DriftFindingDto[] | null> {
    return this.reports.reportedDrift(serverId);
  }

  /** An admin published `revision` with force: the agent is told to overwrite its hand-edited files too. */
  forced(serverId: string, revision: number): Promise<void> {
    return this.reports.recordForced(serverId, revision);
  }
}
