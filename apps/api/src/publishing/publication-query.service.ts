import { Inject, Injectable } from '@nestjs/common';
import type { Publication } from '#db';
import { AppError } from '../platform/errors/app-error.js';
import type { Page } from '../platform/http/pagination/index.js';
import { APPLIER, UnsafeTenantDirectoryError, type Applier } from './applier/applier.port.js';
import { diffFileSets } from './diff/file-set-diff.js';
import type {
  DriftReportDto,
  PublicationDiffDto,
  PublicationDto,
  PublicationListQuery,
  PublicationSummary,
} from './publication.dto.js';
import { presentPublication, presentPublicationSummary } from './publication.presenter.js';
import { PublicationBlobRepository } from './publication-blob.repository.js';
import { PublicationRepository } from './publication.repository.js';
import { ServerConfigDirRepository } from './server-config-dir.repository.js';
import { unsafeDirectoryError } from './publish-errors.js';
import { differsFrom, manifestOf, type ManifestEntry } from './stored-file.js';

/** Reading revisions: lists, one revision with its files, diffs between two, and drift on disk. */
@Injectable()
export class PublicationQueryService {
  constructor(
    private readonly publications: PublicationRepository,
    private readonly blobs: PublicationBlobRepository,
    private readonly servers: ServerConfigDirRepository,
    @Inject(APPLIER) private readonly applier: Applier,
  ) {}

  async list(serverId: string, query: PublicationListQuery): Promise<Page<PublicationSummary>> {
    await this.requireServer(serverId);
    const page = await this.publications.listForServer(serverId, query);
    return {
      items: page.items.map((row) => presentPublicationSummary(row, manifestOf(row.manifest))),
      nextCursor: page.nextCursor,
    };
  }

  async get(id: string): Promise<PublicationDto> {
    const row = await this.require(id);
    return presentPublication(row, await this.blobs.withContent(manifestOf(row.manifest)));
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
      this.blobs.withContent(before, differsFrom(after)),
      this.blobs.withContent(after, differsFrom(before)),
    ]);
    return diffFileSets(a, b);
  }

  async drift(serverId: string): Promise<DriftReportDto> {
    const configDir = await this.servers.configDirOf(serverId);
    if (configDir === null) throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
    const live = await this.publications.findLive(serverId);
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

  private async requireServer(serverId: string): Promise<void> {
    if (!(await this.publications.serverExists(serverId))) {
      throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
    }
  }

  private async require(id: string): Promise<Publication> {
    const row = await this.publications.findById(id);
    if (row === null) throw new AppError('NOT_FOUND', `Publication ${id} does not exist.`);
    return row;
  }
}
