import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { assertServerInScope } from '../auth/server-scope.js';
import { AppError } from '../platform/errors/app-error.js';
import type { DeploymentReport, PublicationDto } from './publication.dto.js';
import { presentPublication } from './publication.presenter.js';
import type { PublicationRow } from './publication.repository.js';
import { publicationNotFound } from './publish-errors.js';
import { RevisionStore } from './revision-store.repository.js';
import { manifestOf } from './stored-file.js';

/**
 * POST /publications/{id}/deployments: what happened when an agent applied a revision. The report takes the
 * server's publishing lock for its transaction, so it never interleaves a publish.
 */
@Injectable()
export class ReportDeploymentUseCase {
  constructor(private readonly revisions: RevisionStore) {}

  async execute(
    principal: Principal,
    publicationId: string,
    body: DeploymentReport,
  ): Promise<PublicationDto> {
    const found = await this.revisions.findById(publicationId);
    if (found === null) throw publicationNotFound(publicationId);
    assertServerInScope(principal, found.serverId);
    const row = await this.revisions.transaction(async (tx) => {
      await tx.lockServerPublishing(found.serverId);
      const current = await tx.findById(publicationId);
      if (current === null) throw publicationNotFound(publicationId);
      assertReportable(current, body.status);
      const log = body.log ?? '';
      const finished = await tx.finish(current.id, {
        status: body.status,
        diagnostics: current.diagnostics as unknown[],
        log,
        failure: body.status === 'failed' ? { step: 'agent', message: firstLine(log), output: log } : null,
        appliedAt: body.status === 'live' ? new Date() : null,
      });
      if (body.status === 'live') await tx.supersedeAround(finished.serverId, finished);
      await tx.audit({
        principal,
        action: 'publication.deployment',
        targetType: 'publication',
        targetId: finished.id,
        serverId: finished.serverId,
        before: { status: current.status },
        after: { status: finished.status, log },
      });
      return finished;
    });
    return presentPublication(row, await this.revisions.filesOf(manifestOf(found.manifest)));
  }
}

/** Pending may become live or failed; a live revision may be confirmed again (agents retry). */
function assertReportable(row: PublicationRow, status: 'live' | 'failed'): void {
  if (row.status === 'pending' || (row.status === 'live' && status === 'live')) return;
  throw new AppError(
    'CONFLICT',
    `Revision ${row.revision} is ${row.status}; only a pending revision can be reported ${status}.`,
  );
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? 'the agent reported a failure'
  );
}
