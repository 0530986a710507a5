import { Injectable } from '@nestjs/common';
import type { Page } from '../platform/http/pagination/index.js';
import type { PublicationListQuery, PublicationSummary } from './publication.dto.js';
import { presentPublicationSummary } from './publication.presenter.js';
import { serverNotFound } from './publish-errors.js';
import { RevisionStore } from './revision-store.repository.js';
import { manifestOf } from './stored-file.js';

/** GET /servers/{id}/publications: one page of a server's revisions, newest first, without file contents. */
@Injectable()
export class ListPublicationsUseCase {
  constructor(private readonly revisions: RevisionStore) {}

  async execute(serverId: string, query: PublicationListQuery): Promise<Page<PublicationSummary>> {
    // An unknown server is a 404, not an empty page.
    if (!(await this.revisions.serverExists(serverId))) throw serverNotFound(serverId);
    const page = await this.revisions.list(serverId, query);
    return {
      items: page.items.map((row) => presentPublicationSummary(row, manifestOf(row.manifest))),
      nextCursor: page.nextCursor,
    };
  }
}
