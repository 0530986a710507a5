import { Injectable } from '@nestjs/common';
import { AppError } from '../platform/errors/app-error.js';
import { diffFileSets } from './diff/file-set-diff.js';
import type { PublicationDiffDto } from './publication.dto.js';
import type { PublicationRow } from './publication.repository.js';
import { publicationNotFound } from './publish-errors.js';
import { RevisionStore } from './revision-store.repository.js';
import { differsFrom, manifestOf } from './stored-file.js';

/**
 * GET /publications/{id}/diff: what changed between two revisions of one server, as a unified diff per file.
 * Against the parent by default; the first revision diffs against nothing (every file added).
 */
@Injectable()
export class DiffPublicationsUseCase {
  constructor(private readonly revisions: RevisionStore) {}

  async execute(id: string, againstId: string | undefined): Promise<PublicationDiffDto> {
    const to = await this.require(id);
    const fromId = againstId ?? to.parentId;
    const from = fromId === null ? null : await this.require(fromId);
    if (from !== null && from.serverId !== to.serverId) {
      throw new AppError(
        'CONFLICT',
        `Publication ${from.id} belongs to another server; diff revisions of one server.`,
      );
    }
    const before = from === null ? [] : manifestOf(from.manifest);
    const after = manifestOf(to.manifest);
    // Contents are fetched only for the files that differ on either side.
    const [a, b] = await Promise.all([
      this.revisions.filesOf(before, differsFrom(after)),
      this.revisions.filesOf(after, differsFrom(before)),
    ]);
    return {
      from: from === null ? null : { id: from.id, revision: from.revision },
      to: { id: to.id, revision: to.revision },
      files: diffFileSets(a, b),
    };
  }

  private async require(id: string): Promise<PublicationRow> {
    const row = await this.revisions.findById(id);
    if (row === null) throw publicationNotFound(id);
    return row;
  }
}
