import { Body, Controller, Get, Headers, Param, Put, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPreconditionFailedResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../auth/decorators/auth-policy.decorators.js';
import { CurrentPrincipal } from '../auth/decorators/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { prefersPlainText } from './accept-negotiation.js';
import { putBodyOf } from './put-body-media-type.js';
import { htaccessDocumentSchema, type HtaccessDocument } from './htaccess.dto.js';
import { HtaccessService } from './htaccess.service.js';

type BodySchema = Extract<Parameters<typeof ApiBody>[0], { schema: unknown }>['schema'];

const BODY_SCHEMA: BodySchema = {
  oneOf: [
    {
      type: 'object',
      required: ['rules'],
      additionalProperties: false,
      properties: { rules: { type: 'array', items: { $ref: '#/components/schemas/HtaccessRule' } } },
    },
    { type: 'string', description: 'The .htaccess file itself (Content-Type: text/plain)' },
  ],
};

/**
 * A tenant edits the .htaccess of its own directories; admins may edit any. Others' ids read as 404. The
 * HTTP details stay here: the media type both ways, the ETag header and If-Match handed on as a string.
 */
@ApiTags('htaccess')
@Controller('directories')
export class HtaccessController {
  constructor(private readonly htaccess: HtaccessService) {}

  @Get(':id/htaccess')
  @Authenticated()
  @ApiProduces('application/json', 'text/plain')
  @ApiOkResponse({
    standardSchema: htaccessDocumentSchema,
    description: 'The rules and the groups the owner may choose; with Accept: text/plain the rendered file',
  })
  @ApiNotFoundResponse({ description: 'No such directory, or not one of the caller tenant’s' })
  async read(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HtaccessDocument | string> {
    if (prefersPlainText(accept)) {
      const { text, etag } = await this.htaccess.text(principal, id);
      res.setHeader('ETag', etag).type('text/plain; charset=utf-8');
      return text;
    }
    const document = await this.htaccess.document(principal, id);
    res.setHeader('ETag', document.etag);
    return document;
  }

  @Put(':id/htaccess')
  @Authenticated()
  @ApiConsumes('application/json', 'text/plain')
  @ApiBody({ schema: BODY_SCHEMA })
  @ApiOkResponse({
    standardSchema: htaccessDocumentSchema,
    description: 'The stored document and its new ETag',
  })
  @ApiNotFoundResponse({ description: 'No such directory, or not one of the caller tenant’s' })
  @ApiPreconditionFailedResponse({ description: 'If-Match does not match the current ETag' })
  @ApiUnprocessableEntityResponse({
    description: 'The rules would be refused by Apache or mod_wsgi; nothing stored',
  })
  async replace(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Headers('content-type') contentType: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HtaccessDocument> {
    const document = await this.htaccess.replace(principal, id, {
      body: putBodyOf(contentType, body),
      ifMatch,
    });
    res.setHeader('ETag', document.etag);
    return document;
  }
}
