import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../platform/errors/app-error.js';
import type { AgentReportAnswer, AgentReportBody, DriftFindingDto } from './agent-report.dto.js';
import { AgentReportRepository } from './agent-report.repository.js';
import { factsWanted } from './facts-wanted.js';

/**
 * POST /servers/{id}/agent-reports: every poll of every agent lands here, so it costs two statements (the
 * server's model revision and declared Python X.Y, one upsert); the names to check are read only when the
 * model moved since the agent last asked.
 */
@Injectable()
export class AgentReportUseCase {
  constructor(private readonly reports: AgentReportRepository) {}

  async receive(principal: Principal, serverId: string, body: AgentReportBody): Promise<AgentReportAnswer> {
    // The guard already sent other servers' tokens away (404); a person cannot speak for an agent.
    if (principal.serverScope === null) {
      throw new AppError('FORBIDDEN', 'Only the server’s agent token (a server-scoped API token) reports.');
    }
    const server = await this.reports.modelRevisionOf(serverId);
    if (server === null) throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
    const receivedAt = new Date();
    const { forcedRevision } = await this.reports.upsert(
      serverId,
      {
        agentVersion: body.agentVersion,
        appliedRevision: body.appliedRevision,
        lastOutcome: body.lastOutcome,
        drift: body.drift.map(asFinding),
        facts: body.facts,
        processes: body.processes,
      },
      receivedAt,
    );
    const current = body.wantedRevision === server.modelRevision;
    return {
      receivedAt: receivedAt.toISOString(),
      wanted: current ? null : factsWanted(server.modelRevision, await this.reports.namesInModel(serverId)),
      forceRevision: forcedRevision,
      pythonVersion: server.pythonVersion,
    };
  }
}

/** A bare path says only that the file differs. */
function asFinding(entry: string | DriftFindingDto): DriftFindingDto {
  if (typeof entry !== 'string') return entry;
  return { path: entry, target: entry, kind: 'modified', expectedSha256: null, actualSha256: null };
}
