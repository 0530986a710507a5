import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../platform/errors/app-error.js';
import { APPLIER, UnsafeTenantDirectoryError, type Applier } from './applier/applier.port.js';
import type { DriftReportDto } from './publication.dto.js';
import { serverNotFound, unsafeDirectoryError } from './publish-errors.js';
import { RevisionStore } from './revision-store.repository.js';
import { ServerConfigDirRepository } from './server-config-dir.repository.js';
import { manifestOf } from './stored-file.js';

/** GET /servers/{id}/drift: the files on the web server that differ from the live revision's. */
@Injectable()
export class DriftUseCase {
  constructor(
    private readonly revisions: RevisionStore,
    private readonly servers: ServerConfigDirRepository,
    @Inject(APPLIER) private readonly applier: Applier,
  ) {}

  async execute(serverId: string): Promise<DriftReportDto> {
    const configDir = await this.servers.configDirOf(serverId);
    if (configDir === null) throw serverNotFound(serverId);
    const live = await this.revisions.findLive(serverId);
    const files = live === null ? [] : manifestOf(live.manifest);
    const findings = await this.applier.drift(serverId, configDir, files).catch((error: unknown) => {
      // A symlinked tenant directory is reported, never read through.
      if (error instanceof UnsafeTenantDirectoryError) throw unsafeDirectoryError(error, []);
      throw error;
    });
    if (findings === null) {
      throw new AppError(
        'CONFLICT',
        'Drift is only visible when this API applies locally (HOSTPLANE_APPLY_MODE=local); in mode none the agent checks it.',
      );
    }
    return {
      serverId,
      live: live === null ? null : { id: live.id, revision: live.revision },
      clean: findings.length === 0,
      findings,
    };
  }
}
