import type { RecordedRevision } from './apply-and-record.service.js';
import type { PublishResult } from './publication.dto.js';
import { presentPublicationSummary } from './publication.presenter.js';
import { applyFailedError } from './publish-errors.js';

/** What a publish or rollback answers: a new revision (live or pending), or the one that already matched. */
export type PublishOutcome =
  { kind: 'published'; body: PublishResult } | { kind: 'unchanged'; body: PublishResult };

/** After the commit: a stored failure becomes its 422/502 (thrown), everything else the answer. */
export function publishOutcome(recorded: RecordedRevision): PublishOutcome {
  if (recorded.kind === 'unchanged') {
    const row = recorded.row;
    const message = `Revision ${row.revision} (${row.status}) already has digest ${row.digest}; nothing was published.`;
    return {
      kind: 'unchanged',
      body: {
        ...presentPublicationSummary(row, recorded.manifest),
        noop: true,
        message,
        reloaded: false,
        reloadReason: null,
        changedPaths: [],
      },
    };
  }
  const { row, manifest, report, failureDiagnostics, reloadReason } = recorded;
  if (report.failure !== null || row.status === 'failed' || row.status === 'rolled_back') {
    throw applyFailedError(row, failureDiagnostics, report.failure?.step ?? 'apply');
  }
  const message =
    row.status === 'live'
      ? `Revision ${row.revision} is live${liveHow(report.reloaded, row.kind)}.`
      : `Revision ${row.revision} is stored and pending: the server's agent applies it.`;
  return {
    kind: 'published',
    body: {
      ...presentPublicationSummary(row, manifest),
      noop: false,
      message,
      reloaded: report.reloaded,
      reloadReason,
      changedPaths: [...report.changedPaths, ...report.deletedPaths],
    },
  };
}

/** Never "no reload needed" for a change that needs one but was not reloaded here (no reload command). */
function liveHow(reloaded: boolean, kind: string): string {
  if (reloaded) return ' (graceful reload)';
  return kind === 'reload'
    ? ' (not reloaded here: it needs a graceful reload, see reloadReason)'
    : ' (no reload needed)';
}
