import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { Principal } from '../auth/principal.js';
import type { DryRunDto, PublishBody, PublishQuery, PublishResult } from './publication.dto.js';
import { PublicationHttpAdapter } from './publication-http.adapter.js';
import { PublishService } from './publish.service.js';

/** POST /servers/{id}/publications: a dry run (200, nothing stored) or a publish (201, or 200 for a no-op). */
@Injectable()
export class PublishUseCase {
  constructor(
    private readonly service: PublishService,
    private readonly http: PublicationHttpAdapter,
  ) {}

  async run(
    principal: Principal,
    serverId: string,
    query: PublishQuery,
    body: PublishBody,
    res: Response,
  ): Promise<PublishResult | DryRunDto> {
    if (query.dryRun === 'true') {
      res.status(200);
      return this.service.dryRun(serverId);
    }
    return this.http.publishStatus(res, await this.service.publish(principal, serverId, body ?? {}));
  }
}
