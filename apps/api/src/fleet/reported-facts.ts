import { Injectable } from '@nestjs/common';
import {
  checkServerFacts,
  type Diagnostic,
  type FactDiagnostic,
  type ServerFacts,
  type ServerModel,
} from '#apache';
import { AgentReportRepository } from './agent-report.repository.js';

/**
 * The agent's facts held against a server's model (libs/apache's checkServerFacts), for GET /validation and
 * the publish: what Apache would refuse on that server, known before any configtest. Without a report there
 * is nothing to say, so both behave as before agents reported.
 */
@Injectable()
export class ReportedFacts {
  constructor(private readonly reports: AgentReportRepository) {}

  /** The facts the server's agent last sent; null when it never sent any. */
  facts(serverId: string): Promise<ServerFacts | null> {
    return this.reports.reportedFacts(serverId);
  }

  async diagnostics(model: ServerModel): Promise<FactDiagnostic[]> {
    return checkServerFacts(model, await this.facts(model.id));
  }
}

/** A fact diagnostic as /validation and a publication show it (the declared/reported pair is the fleet view's). */
export function factAsDiagnostic(d: FactDiagnostic): Diagnostic {
  const { declared: _declared, reported: _reported, ...diagnostic } = d;
  return diagnostic;
}
