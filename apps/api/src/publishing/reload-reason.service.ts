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

  /** `loaded`: earlier files the caller has read already (the dry run's diff), not fetched again. */
  async explain(
    before: readonly ManifestEntry[],
    after: readonly StoredFile[],
    loaded: readonly StoredFile[] = [],
  ): Promise<string | null> {
    const changed = [
      ...after.filter(differsFrom(before)).map((f) => f.path),
      ...before.filter(differsFrom(after)).map((f) => f.path),
    ];
    const paths = [...new Set(changed)];
    const startup = new Set(paths.filter(needsReload));
    const known = loaded.filter((f) => startup.has(f.path));
    const missing = before.filter((e) => startup.has(e.path) && !known.some((f) => f.path === e.path));
    const earlier = missing.length === 0 ? known : [...known, ...(await this.revisions.filesOf(missing))];
    return reloadReason(
      paths,
      earlier,
      after.filter((f) => startup.has(f.path)),
    );
  }
}
