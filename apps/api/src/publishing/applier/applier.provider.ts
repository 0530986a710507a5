import type { Provider } from '@nestjs/common';
import { ReportedDrift } from '../../fleet/reported-drift.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { APPLIER, type Applier } from './applier.port.js';
import { LocalApplier } from './local.applier.js';
import { NoopApplier } from './noop.applier.js';

/** HOSTPLANE_APPLY_MODE picks the adapter once, at boot. */
export const applierProvider: Provider = {
  provide: APPLIER,
  inject: [AppConfig, ReportedDrift],
  useFactory: (config: AppConfig, reported: ReportedDrift): Applier =>
    config.publishing.applyMode === 'local' ? new LocalApplier(config.publishing) : new NoopApplier(reported),
};
