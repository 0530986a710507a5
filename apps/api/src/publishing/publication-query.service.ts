import { Injectable } from '@nestjs/common';
import { AppError } from '../platform/errors/app-error.js';
import type { Page } from '../platform/http/pagination/index.js';
import { diffFileSets } from './diff/file-set-diff.js';
import type {
  PublicationDiffDto,
  PublicationDto,
  PublicationListQuery,
  PublicationSummary,
} from './publication.dto.js';
import { presentPublication, presentPublicationSummary } from './publication.presenter.js';
import type { PublicationRow } from './publication.repository.js';
import { publicationNotFound, serverNotFound } from './publish-errors.js';
import { RevisionStore } from './revision-store.repository.js';
import { differsFrom, manifestOf, type ManifestEntry } from './stored-file.js';

/** Reading revisions: lists, one revision with its files, and diffs between two. */
@Injectable()
export class PublicationQueryService {
  constructor(private readonly revisions: RevisionStore) {}

  async list(serverId: string, query: PublicationListQuery): Promise<Page<PublicationSummary>> {
    await this.requireServer(serverId);
    const page = await this.revisions.list(serverId, query);
    return {
      items: page.items.map((row) => presentPublicationSummary(row, manifestOf(row.manifest))),
      nextCursor: page.nextCursor,
    };
  }

  async get(id: string): Promise<PublicationDto> {
    const row = await this.require(id);
    return presentPublication(row, await this.revisions.filesOf(manifestOf(row.manifest)));
  }

  async diff(id: string, againstId: string | undefined): Promise<PublicationDiffDto> {
    const to = await this.require(id);
    const fromId = againstId ?? to.parentId;
    const from = fromId === null ? null : await this.require(fromId);
    if (from !== null && from.serverId !== to.serverId) {
      throw new AppError(
        'CONFLICT',
        `Publication ${from.id} belongs to another server; diff revisions of one server.`,
      );
    }
    return {
      from: from === null ? null : { id: from.id, revision: from.revision },
      to: { id: to.id, revision: to.revision },
      files: await this.changedFiles(from === null ? [] : manifestOf(from.manifest), manifestOf(to.manifest)),
    };
  }

  /** Both sides of a diff with contents, fetched only for the files that differ. */
  private async changedFiles(before: ManifestEntry[], after: ManifestEntry[]) {
    const [a, b] = await Promise.all([
      this.revisions.filesOf(before, differsFrom(after)),
      this.revisions.filesOf(after, differsFrom(before)),
    ]);
    return diffFileSets(a, b);
  }

  private async requireServer(serverId: string): Promise<void> {
    if (!(await this.revisions.serverExists(serverId))) throw serverNotFound(serverId);
  }

  private async require(id: string): Promise<PublicationRow> {
    const row = await this.revisions.findById(id);
    if (row === null) throw publicationNotFound(id);
    return row;
  }
}
