import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/**
 * One registry per app instance rather than prom-client's global one: tests build many apps in one
 * process, and a global registry would refuse to register the same metric twice.
 */
export class MetricsRegistry {
  readonly registry = new Registry();
  readonly httpRequestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by route pattern, method and status code',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
