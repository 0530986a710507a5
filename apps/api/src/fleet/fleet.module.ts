import { Module } from '@nestjs/common';
import { MetricsModule } from '../platform/metrics/metrics.module.js';
import { AgentReportRepository } from './agent-report.repository.js';
import { AgentReportUseCase } from './agent-report.use-case.js';
import { FleetMetrics } from './fleet-metrics.js';
import { FleetStatusService } from './fleet-status.service.js';
import { FleetController } from './fleet.controller.js';
import { FleetRepository } from './fleet.repository.js';

/** The fleet: agents report in (heartbeat, drift, facts, processes); admins see every server's state. */
@Module({
  imports: [MetricsModule],
  controllers: [FleetController],
  providers: [AgentReportRepository, FleetRepository, AgentReportUseCase, FleetStatusService, FleetMetrics],
})
export class FleetModule {}
