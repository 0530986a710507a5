import { Injectable } from '@nestjs/common';
import type { ServerSpec } from '#apache';
import { AppError } from '../platform/errors/app-error.js';
import { ModelCache } from '../model-cache/model-cache.js';

/** GET /servers/{id}/spec: the server's model as one document, from the model cache. */
@Injectable()
export class ExportServerSpec {
  constructor(private readonly models: ModelCache) {}

  async run(serverId: string): Promise<ServerSpec> {
    const cached = await this.models.get(serverId);
    if (cached === null) throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
    // Kept per model revision (shared with the spec PUTs' If-Match and plan); the answer only serializes it.
    return cached.planForms.spec;
  }
}
