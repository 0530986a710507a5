import { Module } from '@nestjs/common';
import { MetricsModule } from '../platform/metrics/metrics.module.js';
import { AgentReportUseCase } from './agent-report.use-case.js';
import { DaemonGroupProcessesService } from './daemon-group-processes.service.js';
import { FleetMetrics } from './fleet-metrics.js';
import { FleetStatusService } from './fleet-status.service.js';
import { FleetController } from './fleet.controller.js';
import { FleetRepository } from './fleet.repository.js';
import { ReportedDriftModule } from './reported-drift.module.js';

/** The fleet: agents report in (heartbeat, drift, facts, processes); admins see every server's state. */
@Module({
  imports: [MetricsModule, ReportedDriftModule],
  controllers: [FleetController],
  providers: [
    FleetRepository,
    AgentReportUseCase,
    FleetStatusService,
    DaemonGroupProcessesService,
    FleetMetrics,
  ],
})
export class FleetModule {}
