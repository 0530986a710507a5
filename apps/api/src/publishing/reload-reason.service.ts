import { Injectable } from '@nestjs/common';
import { needsReload } from '#deploy';
import { reloadReason } from './reload-reason.js';
import { RevisionStore } from './revision-store.repository.js';
import { differsFrom, type ManifestEntry, type StoredFile } from './stored-file.js';

/**
 * reloadReason for a revision against the one before it (its parent, or the live one for a dry run). Only
 * the earlier texts of the files Apache reads at (re)start are fetched: a .htaccess-only change reads nothing.
 */
@Injectable()
export class ReloadReasonService {
  constructor(private readonly revisions: RevisionStore) {}

  async explain(before: readonly ManifestEntry[], after: readonly StoredFile[]): Promise<string | null> {
    const changed = [
      ...after.filter(differsFrom(before)).map((f) => f.path),
      ...before.filter(differsFrom(after)).map((f) => f.path),
    ];
    const paths = [...new Set(changed)];
    const startup = new Set(paths.filter(needsReload));
    const earlier =
      startup.size === 0 ? [] : await this.revisions.filesOf(before, (e) => startup.has(e.path));
    return reloadReason(
      paths,
      earlier,
      after.filter((f) => startup.has(f.path)),
    );
  }
}
