import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { AgentRevision } from './agent-deployment.service.js';
import type { PublicationDto } from './publication.dto.js';
import type { PublishOutcome } from './publish.service.js';

/** HTTP details kept out of the controllers: 201 vs 200 for a no-op, ETag / If-None-Match for agents. */
@Injectable()
export class PublicationHttpAdapter {
  publishStatus(res: Response, outcome: PublishOutcome): PublishOutcome['body'] {
    res.status(outcome.created ? 201 : 200);
    return outcome.body;
  }

  /** undefined (with 304 set) when the agent already has this revision in this state. */
  conditional(
    res: Response,
    ifNoneMatch: string | undefined,
    wanted: AgentRevision,
  ): PublicationDto | undefined {
    res.setHeader('ETag', wanted.etag);
    const tags = (ifNoneMatch ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (tags.includes(wanted.etag) || tags.includes('*')) {
      res.status(304);
      return undefined;
    }
    return wanted.publication;
  }
}
