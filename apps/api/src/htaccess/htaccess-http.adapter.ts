import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { Principal } from '../auth/principal.js';
import { prefersPlainText } from './accept-negotiation.js';
import { htaccessBody } from './htaccess-request-body.js';
import type { HtaccessDocument } from './htaccess.dto.js';
import { HtaccessService } from './htaccess.service.js';

/** HTTP details of the .htaccess document (content negotiation, ETag, If-Match) kept out of the controller. */
@Injectable()
export class HtaccessHttpAdapter {
  constructor(private readonly service: HtaccessService) {}

  async read(
    principal: Principal,
    id: string,
    accept: string | undefined,
    res: Response,
  ): Promise<HtaccessDocument | string> {
    if (prefersPlainText(accept)) {
      const { text, etag } = await this.service.text(principal, id);
      res.setHeader('ETag', etag).type('text/plain; charset=utf-8');
      return text;
    }
    const document = await this.service.document(principal, id);
    res.setHeader('ETag', document.etag);
    return document;
  }

  async replace(
    principal: Principal,
    id: string,
    headers: Record<string, string | undefined>,
    rawBody: unknown,
    res: Response,
  ): Promise<HtaccessDocument> {
    const body = htaccessBody(headers['content-type'], rawBody);
    const document = await this.service.replace(principal, id, { body, ifMatch: headers['if-match'] });
    res.setHeader('ETag', document.etag);
    return document;
  }
}
