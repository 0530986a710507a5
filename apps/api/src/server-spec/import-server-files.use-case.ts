import { Injectable } from '@nestjs/common';
import { importServer, specOfModel, type ImportResult } from '#apache';
import { AppError } from '../platform/errors/app-error.js';
import { ModelCache } from '../model-cache/model-cache.js';
import type { ImportRequest } from './server-spec.dto.js';
import { ServerSpecRepository } from './server-spec.repository.js';

/**
 * POST /servers/{id}/imports: the web server's files read into the spec Hostplane would manage, with every line it
 * would not; stores nothing (the client reviews the report, then PUTs the spec). A file Apache itself would refuse
 * (a missing Include, an unclosed section, binary junk) makes it a 422 naming the file and line.
 */
@Injectable()
export class ImportServerFiles {
  constructor(
    private readonly models: ModelCache,
    private readonly specs: ServerSpecRepository,
  ) {}

  async run(serverId: string, request: ImportRequest): Promise<ImportResult> {
    const cached = await this.models.get(serverId);
    if (cached === null) throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
    const knownTenants = await this.specs.listAllTenants();
    const result = importServer({ ...request, knownTenants }, specOfModel(cached.model).server);
    const unreadable = result.diagnostics.filter(
      (d) => d.severity === 'error' && d.path.startsWith('/files'),
    );
    if (unreadable.length > 0) {
      throw new AppError('REQUEST_INVALID', `Apache could not read these files: ${unreadable[0]!.message}`, {
        diagnostics: unreadable,
      });
    }
    return result;
  }
}
