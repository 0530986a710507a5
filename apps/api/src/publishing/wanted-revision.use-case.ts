import { Injectable } from '@nestjs/common';
import { AppError } from '../platform/errors/app-error.js';
import type { PublicationDto } from './publication.dto.js';
import { presentPublication } from './publication.presenter.js';
import { serverNotFound } from './publish-errors.js';
import { RevisionStore } from './revision-store.repository.js';
import { manifestOf } from './stored-file.js';

/** The revision an agent should run, with the entity tag of its current state. */
export interface WantedRevision {
  publication: PublicationDto;
  etag: string;
}

/**
 * GET /servers/{id}/publications/live, the pull side for agents (apps/agent, HOSTPLANE_APPLY_MODE=none):
 * the newest pending revision when there is one newer than live, else live.
 */
@Injectable()
export class WantedRevisionUseCase {
  constructor(private readonly revisions: RevisionStore) {}

  async execute(serverId: string): Promise<WantedRevision> {
    if (!(await this.revisions.serverExists(serverId))) throw serverNotFound(serverId);
    const row = await this.revisions.findCurrent(serverId);
    if (row === null) throw new AppError('NOT_FOUND', `Server ${serverId} has no revision to deploy yet.`);
    const publication = presentPublication(row, await this.revisions.filesOf(manifestOf(row.manifest)));
    // Files of a revision never change; its status does, and the agent wants to see that too.
    return { publication, etag: `"${row.id}.${row.status}"` };
  }
}
