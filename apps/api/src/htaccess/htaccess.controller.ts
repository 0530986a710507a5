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
import { HtaccessHttpAdapter } from './htaccess-http.adapter.js';
import { htaccessDocumentSchema, type HtaccessDocument } from './htaccess.dto.js';

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

/** A tenant edits the .htaccess of its own directories; admins may edit any. Others' ids read as 404. */
@ApiTags('htaccess')
@Controller('directories')
export class HtaccessController {
  constructor(private readonly adapter: HtaccessHttpAdapter) {}

  @Get(':id/htaccess')
  @Authenticated()
  @ApiProduces('application/json', 'text/plain')
  @ApiOkResponse({
    standardSchema: htaccessDocumentSchema,
    description: 'The rules and the groups the owner may choose; with Accept: text/plain the rendered file',
  })
  @ApiNotFoundResponse({ description: 'No such directory, or not one of the caller tenant’s' })
  read(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HtaccessDocument | string> {
    return this.adapter.read(principal, id, accept, res);
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
  replace(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Headers() headers: Record<string, string | undefined>,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HtaccessDocument> {
    return this.adapter.replace(principal, id, headers, body, res);
  }
}
