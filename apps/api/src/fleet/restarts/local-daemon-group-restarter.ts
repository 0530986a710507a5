import { Inject, Injectable, Optional, type BeforeApplicationShutdown } from '@nestjs/common';
import { restartDaemonGroup } from '#deploy';
import { KeyedSerialExecutor } from '../../platform/concurrency/keyed-serial-executor.js';
import type { AppLogger } from '../../platform/logging/create-logger.js';
import { LOGGER } from '../../platform/logging/logger.token.js';
import { DaemonGroupRestartRepository, type RestartTarget } from './daemon-group-restart.repository.js';
import { restartIdentityOf } from './restart-identity.js';

/**
 * HOSTPLANE_APPLY_MODE=local: this host runs the Apache, so the API restarts the group itself (libs/deploy),
 * after answering 202. One restart at a time per group; shutdown waits for the ones under way, so a
 * request is never left `running` by a clean stop.
 */
@Injectable()
export class LocalDaemonGroupRestarter implements BeforeApplicationShutdown {
  private readonly perGroup = new KeyedSerialExecutor();
  private readonly underway = new Set<Promise<void>>();

  constructor(
    private readonly restarts: DaemonGroupRestartRepository,
    @Optional() @Inject(LOGGER) private readonly logger?: AppLogger,
  ) {}

  start(restartId: string, target: RestartTarget): void {
    const task = this.perGroup
      .run(target.id, () => this.run(restartId, target))
      .catch((error: unknown) =>
        this.logger?.error({ err: error, restartId }, 'daemon group restart failed'),
      );
    this.underway.add(task);
    void task.finally(() => this.underway.delete(task));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.underway]);
  }

  private async run(restartId: string, target: RestartTarget): Promise<void> {
    if (!(await this.restarts.claim(restartId))) return;
    const outcome = await restartDaemonGroup(restartIdentityOf(target)).catch((error: unknown) => ({
      ok: false,
      pidsBefore: [],
      pidsAfter: [],
      errors: [(error as Error).message],
    }));
    await this.restarts.finish(restartId, outcome, new Date());
  }
}
