import { Injectable } from '@nestjs/common';
import { checkServerFacts, hasErrors } from '#apache';
import { factAsDiagnostic, ReportedFacts } from '../fleet/reported-facts.js';
import { ModelCache } from '../model-cache/model-cache.js';
import { changeKind } from './change-kind.js';
import { modelBeforeLock } from './consistent-model.js';
import { diffFileSets } from './diff/file-set-diff.js';
import type { DryRunDto } from './publication.dto.js';
import { renderCandidate } from './render-candidate.js';
import { ReloadReasonService } from './reload-reason.service.js';
import { RenderMemo } from './render-memo.js';
import { RevisionStore } from './revision-store.repository.js';
import { differsFrom, manifestOf } from './stored-file.js';

/**
 * POST /servers/{id}/publications?dryRun=true: diagnostics and the diff against the live revision. Stores nothing.
 * It answers what the publish would: the agent's reported facts are held against the model as the publish holds
 * them, so a fact error (a missing unix user…) makes the dry run invalid, as it refuses the publish unless forced.
 */
@Injectable()
export class DryRunUseCase {
  constructor(
    private readonly models: ModelCache,
    private readonly memo: RenderMemo,
    private readonly revisions: RevisionStore,
    private readonly reloads: ReloadReasonService,
    private readonly reportedFacts: ReportedFacts,
  ) {}

  async execute(serverId: string): Promise<DryRunDto> {
    const cached = await modelBeforeLock(this.models, serverId);
    const candidate = renderCandidate(cached, this.memo);
    const fromFacts = checkServerFacts(cached.model, await this.reportedFacts.facts(serverId));
    const live = await this.revisions.findLive(serverId);
    const liveManifest = live === null ? [] : manifestOf(live.manifest);
    // Only the files that differ are fetched and diffed (identical ones are left out of a diff anyway).
    const liveFiles =
      candidate.files === null
        ? []
        : await this.revisions.filesOf(liveManifest, differsFrom(candidate.files));
    const files =
      candidate.files === null
        ? []
        : diffFileSets(liveFiles, candidate.files.filter(differsFrom(liveManifest)));
    return {
      dryRun: true,
      valid: candidate.files !== null && !hasErrors(fromFacts),
      digest: candidate.digest,
      changed: candidate.digest !== (live?.digest ?? null),
      kind: candidate.files === null ? 'none' : changeKind(liveManifest, candidate.files),
      reloadReason:
        candidate.files === null
          ? null
          : await this.reloads.explain(liveManifest, candidate.files, liveFiles),
      against: live === null ? null : { id: live.id, revision: live.revision },
      diagnostics: [...candidate.diagnostics, ...fromFacts.map(factAsDiagnostic)],
      files,
    };
  }
}
