import { Global, Module } from '@nestjs/common';
import { AgentReportRepository } from './agent-report.repository.js';
import { ReportedDrift } from './reported-drift.js';

/**
 * What publishing needs of the fleet (drift in agent mode), without the fleet's routes. Global, so
 * publishing's applier provider can inject ReportedDrift without publishing importing fleet (FleetModule
 * imports it once).
 */
@Global()
@Module({
  providers: [AgentReportRepository, ReportedDrift],
  exports: [AgentReportRepository, ReportedDrift],
})
export class ReportedDriftModule {}
