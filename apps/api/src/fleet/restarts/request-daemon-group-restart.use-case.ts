import { Injectable } from '@nestjs/common';
import { cutTitleClash, daemonProcessTitle } from '#deploy';
import type { Principal } from '../../auth/principal.js';
import { tenantScopeOf } from '../../auth/tenant-scope.js';
import { AgentPollSignals } from '../agent-poll/agent-poll-signals.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { DaemonGroupRestartDto } from './daemon-group-restart.dto.js';
import { presentRestart } from './daemon-group-restart.presenter.js';
import { DaemonGroupRestartRepository } from './daemon-group-restart.repository.js';
import { LocalDaemonGroupRestarter } from './local-daemon-group-restarter.js';
import { restartIdentityOf } from './restart-identity.js';

/** A restart gives up after 60 s (libs/deploy): one still `running` after this lost its restarter. */
const STALE_AFTER_MS = 10 * 60_000;

/**
 * POST /daemon-groups/{id}/restart: records the request and answers at once (202). In local mode this API
 * restarts the group now; otherwise the server's agent takes it on its next poll.
 */
@Injectable()
export class RequestDaemonGroupRestart {
  constructor(
    private readonly restarts: DaemonGroupRestartRepository,
    private readonly local: LocalDaemonGroupRestarter,
    private readonly config: AppConfig,
    private readonly pollSignals: AgentPollSignals,
  ) {}

  async request(principal: Principal, groupId: string): Promise<DaemonGroupRestartDto> {
    const target = await this.restarts.target(groupId, tenantScopeOf(principal));
    // Another tenant's group reads as absent: 404, never 403.
    if (target === null) throw new AppError('NOT_FOUND', `Daemon group ${groupId} does not exist.`);
    if (target.displayName === null) {
      // Without a title its processes look like any Apache process: nothing could be signalled safely.
      throw new AppError(
        'CONFLICT',
        `Daemon group ${target.name} has no display-name option: its processes cannot be told apart from Apache's. Set display-name=%{GROUP} and publish, then restart.`,
      );
    }
    const identity = restartIdentityOf(target);
    const title = daemonProcessTitle(identity);
    if (title !== null && identity.otherTitles.includes(title)) {
      throw new AppError(
        'CONFLICT',
        `Daemon group ${target.name} shares its display-name title "${title}" with another group of its server: their processes cannot be told apart. Give it its own display-name, then restart.`,
      );
    }
    const longer = title === null ? undefined : cutTitleClash(title, identity.otherTitles);
    if (longer !== undefined) {
      // Apache's argv[0] may cut the longer title to exactly ours (ADR 0008).
      throw new AppError(
        'CONFLICT',
        `The display-name title "${title}" of daemon group ${target.name} is the start of another group's title "${longer}", which Apache may cut to exactly this one: their processes cannot be told apart. Give it a display-name no other one starts with, then restart.`,
      );
    }
    if (target.socketPrefix === null) {
      // Without the prefix another Apache's group of the same title would qualify as well (ADR 0008).
      throw new AppError(
        'CONFLICT',
        `The server of daemon group ${target.name} has no WSGISocketPrefix: its processes cannot be told from another Apache's group of the same name. Set the server's socketPrefix and publish, then restart.`,
      );
    }
    const now = new Date();
    await this.restarts.expireRunning(
      target.id,
      new Date(now.getTime() - STALE_AFTER_MS),
      now,
      `no outcome within ${STALE_AFTER_MS / 60_000} minutes: the API process or agent carrying it out stopped`,
    );
    // Not yet taken: this request is the same restart (one restart replaces the processes for both).
    const waiting = await this.restarts.pendingOfGroup(target.id);
    // Local mode starts the one it joins too: its runner may have died before the claim (the claim lets one run).
    const row = waiting ?? (await this.restarts.create(target));
    // This replica's next poll of the server says so at once (other replicas hear the trigger).
    this.pollSignals.forget(row.serverId);
    if (this.config.publishing.applyMode === 'local') this.local.start(row.id, target);
    return presentRestart(row);
  }
}
