import { Injectable } from '@nestjs/common';
import type { PublicationDto } from './publication.dto.js';
import { presentPublication } from './publication.presenter.js';
import { publicationNotFound } from './publish-errors.js';
import { RevisionStore } from './revision-store.repository.js';
import { manifestOf } from './stored-file.js';

/** GET /publications/{id}: one revision with the contents of all its files. */
@Injectable()
export class GetPublicationUseCase {
  constructor(private readonly revisions: RevisionStore) {}

  async execute(id: string): Promise<PublicationDto> {
    const row = await this.revisions.findById(id);
    if (row === null) throw publicationNotFound(id);
    return presentPublication(row, await this.revisions.filesOf(manifestOf(row.manifest)));
  }
}
