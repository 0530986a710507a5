import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { AppConfig } from '../platform/config/app-config.js';
import { MetricsRegistry } from '../platform/metrics/metrics-registry.js';
import { offlineBefore } from './fleet-state.js';
import { FLEET_STATES } from './fleet-status.dto.js';
import { FleetRepository } from './fleet.repository.js';

/**
 * hostplane_fleet_servers{state}: counted by one query when Prometheus scrapes (not on every report), so the
 * cost follows the scrape interval, not the fleet's size times its poll rate.
 */
@Injectable()
export class FleetMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly fleet: FleetRepository,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fleet = this.fleet;
    const pollIntervalMs = this.config.fleet.pollIntervalMs;
    new Gauge({
      name: 'hostplane_fleet_servers',
      help: 'Servers by fleet state (offline, behind, failed, drift, mismatch; total = all servers); a server may count in several',
      labelNames: ['state'] as const,
      registers: [this.metrics.registry],
      async collect() {
        const counts = await fleet.countByState(offlineBefore(new Date(), pollIntervalMs));
        for (const state of [...FLEET_STATES, 'total'] as const) this.set({ state }, counts[state]);
      },
    });
  }
}
