import { Injectable } from '@nestjs/common';
import type { PublicationDto } from './publication.dto.js';
import { presentPublication } from './publication.presenter.js';
import { publicationNotFound } from './publish-errors.js';
import { ReloadReasonService } from './reload-reason.service.js';
import { RevisionStore } from './revision-store.repository.js';
import { manifestOf } from './stored-file.js';

/** GET /publications/{id}: one revision with the contents of all its files, and why it needs a reload or not. */
@Injectable()
export class GetPublicationUseCase {
  constructor(
    private readonly revisions: RevisionStore,
    private readonly reloads: ReloadReasonService,
  ) {}

  async execute(id: string): Promise<PublicationDto> {
    const row = await this.revisions.findById(id);
    if (row === null) throw publicationNotFound(id);
    const files = await this.revisions.filesOf(manifestOf(row.manifest));
    // Against the parent, as the row's `kind` is.
    const parent = row.parentId === null ? null : await this.revisions.findById(row.parentId);
    const reloadReason = await this.reloads.explain(
      parent === null ? [] : manifestOf(parent.manifest),
      files,
    );
    return { ...presentPublication(row, files), reloadReason };
  }
}
