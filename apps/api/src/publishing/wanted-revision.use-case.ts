import { Injectable } from '@nestjs/common';
import { AppError } from '../platform/errors/app-error.js';
import { ifNoneMatchHits } from './if-none-match.js';
import type { PublicationDto } from './publication.dto.js';
import { presentPublication } from './publication.presenter.js';
import { serverNotFound } from './publish-errors.js';
import { RevisionStore } from './revision-store.repository.js';
import { manifestOf } from './stored-file.js';

/** The revision an agent should run (null: its If-None-Match names it, 304), with the entity tag of its state. */
export interface WantedRevision {
  publication: PublicationDto | null;
  etag: string;
}

/** Files of a revision never change; its status does, and the agent wants to see that too. */
const etagOf = (row: { id: string; status: string }) => `"${row.id}.${row.status}"`;

/**
 * GET /servers/{id}/publications/live, the pull side for agents (apps/agent, HOSTPLANE_APPLY_MODE=none):
 * the newest pending revision when there is one newer than live, else live. Every agent asks every few
 * seconds and almost always already has it: that answer (304) comes from the wanted-revision cache with no
 * query while the change listener is live; only a changed revision is read with its files.
 */
@Injectable()
export class WantedRevisionUseCase {
  constructor(private readonly revisions: RevisionStore) {}

  async execute(serverId: string, ifNoneMatch?: string): Promise<WantedRevision> {
    const head = await this.revisions.findCurrentHead(serverId);
    if (head !== null && ifNoneMatchHits(ifNoneMatch, etagOf(head))) {
      return { publication: null, etag: etagOf(head) };
    }
    if (!(await this.revisions.serverExists(serverId))) throw serverNotFound(serverId);
    const row = await this.revisions.findCurrent(serverId);
    if (row === null) throw new AppError('NOT_FOUND', `Server ${serverId} has no revision to deploy yet.`);
    // Read again in full: it may have moved since the head; this is the state the answer shows.
    if (ifNoneMatchHits(ifNoneMatch, etagOf(row))) return { publication: null, etag: etagOf(row) };
    const files = await this.revisions.filesOf(manifestOf(row.manifest));
    return { publication: presentPublication(row, files), etag: etagOf(row) };
  }
}
