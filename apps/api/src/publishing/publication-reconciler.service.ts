import { Inject, Injectable, Optional, type OnApplicationBootstrap } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import type { AppLogger } from '../platform/logging/create-logger.js';
import { LOGGER } from '../platform/logging/logger.token.js';
import { APPLIER, type Applier } from './applier/applier.port.js';
import { OnePublishPerServer } from './one-publish-per-server.js';
import type { PublicationHead } from './publication.repository.js';
import { RevisionStore } from './revision-store.repository.js';
import { ServerConfigDirRepository } from './server-config-dir.repository.js';

/**
 * A local publish stores its revision as `pending`, applies it outside any transaction, then records the
 * outcome. A process that dies in between leaves the row pending; this settles it from what the disk says:
 * libs/deploy first finishes or undoes the interrupted apply (its journal), then its record of the manifest
 * on disk decides — the revision's digest means it went live, anything else means the previous files are
 * there and the revision failed. Runs at start-up and before every publish (under the publish lock).
 * Agent mode never settles here: its pending revisions are waiting for the agent, which reports them.
 */
@Injectable()
export class PublicationReconciler implements OnApplicationBootstrap {
  constructor(
    @Inject(APPLIER) private readonly applier: Applier,
    private readonly revisions: RevisionStore,
    private readonly configDirs: ServerConfigDirRepository,
    private readonly exclusive: OnePublishPerServer,
    @Optional() @Inject(LOGGER) private readonly logger?: AppLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.applier.mode !== 'local') return;
    try {
      for (const serverId of await this.revisions.serversWithPending()) {
        await this.exclusive.run(serverId, () => this.settle(serverId));
      }
    } catch (error) {
      // Never fails boot: the next publish of that server settles it again.
      this.logger?.warn({ err: error }, 'could not settle interrupted publications at start-up');
    }
  }

  /** The caller holds the server's publish lock. */
  async settle(serverId: string): Promise<void> {
    if (this.applier.mode !== 'local') return;
    const pending = await this.revisions.findPending(serverId);
    const newest = pending[0];
    if (newest === undefined) return;
    const configDir = await this.configDirs.configDirOf(serverId);
    if (configDir === null) return;
    const disk = await this.applier.recover(serverId, configDir);
    if (disk === null) return;
    const wentLive = disk.diskDigest === newest.digest;
    await this.revisions.transaction(async (tx) => {
      const note = wentLive
        ? 'settled after an interrupted publish: the disk record shows this revision was applied'
        : 'settled after an interrupted publish: the apply did not complete; the previous files are on disk';
      const finished = await tx.finish(newest.id, {
        status: wentLive ? 'live' : 'failed',
        diagnostics: newest.diagnostics as unknown[],
        log: `${newest.log === null ? '' : `${newest.log}\n`}${note}`,
        failure: wentLive ? null : { step: 'apply', message: note, output: '' },
        appliedAt: wentLive ? new Date() : null,
      });
      if (wentLive) await tx.supersedeAround(serverId, finished);
      else await tx.supersedeOlderPending(serverId, newest.revision);
      await tx.audit({
        principal: actorOf(newest),
        action: 'publication.reconcile',
        targetType: 'publication',
        targetId: newest.id,
        serverId,
        before: { status: 'pending' },
        after: {
          revision: newest.revision,
          status: finished.status,
          digest: newest.digest,
          diskDigest: disk.diskDigest,
        },
      });
    });
    this.logger?.warn(
      { serverId, revision: newest.revision, wentLive },
      'settled a publication whose outcome was never recorded',
    );
  }
}

/** The publish's own actor: the audit says whose publish was settled, by the system. */
function actorOf(row: PublicationHead): Principal {
  return {
    userId: row.actorUserId ?? 'system',
    username: 'system',
    role: 'admin',
    tenantId: null,
    credentialId: 'system:reconcile',
    serverScope: null,
  };
}
