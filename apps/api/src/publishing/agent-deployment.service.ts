import { Injectable } from '@nestjs/common';
import type { Publication } from '#db';
import type { Principal } from '../auth/principal.js';
import { assertServerInScope } from '../auth/server-scope.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Database } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import { Inject } from '@nestjs/common';
import { AuditService } from '../model-store/audit.service.js';
import type { DeploymentReport, PublicationDto } from './publication.dto.js';
import { presentPublication } from './publication.presenter.js';
import { PublicationBlobRepository } from './publication-blob.repository.js';
import { PublicationRepository } from './publication.repository.js';
import { lockServerPublishing } from './publication-lock.js';
import { manifestOf } from './stored-file.js';

export interface AgentRevision {
  publication: PublicationDto;
  etag: string;
}

/**
 * The pull side for agents (apps/agent, HOSTPLANE_APPLY_MODE=none): which revision a web server should
 * run, and what happened when it tried. Reports take the publish lock, so they never interleave a publish.
 */
@Injectable()
export class AgentDeploymentService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly publications: PublicationRepository,
    private readonly blobs: PublicationBlobRepository,
    private readonly audit: AuditService,
  ) {}

  /** The newest pending revision when there is one newer than live, else live; with its ETag. */
  async wanted(serverId: string): Promise<AgentRevision> {
    if (!(await this.publications.serverExists(serverId))) {
      throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
    }
    const row = await this.publications.findCurrent(serverId);
    if (row === null) throw new AppError('NOT_FOUND', `Server ${serverId} has no revision to deploy yet.`);
    // Files of a revision never change; its status does, and the agent wants to see that too.
    return { publication: await this.present(row), etag: `"${row.id}.${row.status}"` };
  }

  async report(principal: Principal, publicationId: string, body: DeploymentReport): Promise<PublicationDto> {
    const found = await this.publications.findById(publicationId);
    if (found === null) throw notFound(publicationId);
    assertServerInScope(principal, found.serverId);
    const row = await this.db.$transaction(async (tx) => {
      await lockServerPublishing(tx, found.serverId);
      const current = await this.publications.findByIdInTx(tx, publicationId);
      if (current === null) throw notFound(publicationId);
      assertReportable(current, body.status);
      const log = body.log ?? '';
      const finished = await this.publications.finish(tx, current.id, {
        status: body.status,
        diagnostics: current.diagnostics as unknown[],
        log,
        failure: body.status === 'failed' ? { step: 'agent', message: firstLine(log), output: log } : null,
        appliedAt: body.status === 'live' ? new Date() : null,
      });
      if (body.status === 'live') await this.publications.supersedeAround(tx, finished.serverId, finished);
      await this.audit.record(tx, {
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
    return presentPublication(row, await this.blobs.withContent(manifestOf(found.manifest)));
  }

  private async present(row: Publication): Promise<PublicationDto> {
    return presentPublication(row, await this.blobs.withContent(manifestOf(row.manifest)));
  }
}

/** Pending may become live or failed; a live revision may be confirmed again (agents retry). */
function assertReportable(row: Publication, status: 'live' | 'failed'): void {
  if (row.status === 'pending' || (row.status === 'live' && status === 'live')) return;
  throw new AppError(
    'CONFLICT',
    `Revision ${row.revision} is ${row.status}; only a pending revision can be reported ${status}.`,
  );
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Publication ${id} does not exist.`);
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? 'the agent reported a failure'
  );
}
