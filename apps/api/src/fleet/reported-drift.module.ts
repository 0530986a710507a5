import { Global, Module } from '@nestjs/common';
import { AgentReportRepository } from './agent-report.repository.js';
import { ReportedDrift } from './reported-drift.js';
import { ReportedFacts } from './reported-facts.js';

/**
 * What publishing and inspection need of the fleet (drift in agent mode, the facts' diagnostics), without
 * the fleet's routes. Global, so publishing's applier provider and inspection can inject ReportedDrift and
 * ReportedFacts without importing fleet (FleetModule imports it once).
 */
@Global()
@Module({
  providers: [AgentReportRepository, ReportedDrift, ReportedFacts],
  exports: [AgentReportRepository, ReportedDrift, ReportedFacts],
})
export class ReportedDriftModule {}
