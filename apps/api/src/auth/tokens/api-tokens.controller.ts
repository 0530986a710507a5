import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../decorators/auth-policy.decorators.js';
import { CurrentPrincipal } from '../decorators/current-principal.decorator.js';
import type { Principal } from '../principal.js';
import type { Page } from '../../platform/http/pagination/index.js';
import {
  apiTokenListQuery,
  apiTokenPageSchema,
  createApiTokenSchema,
  createdApiTokenSchema,
  type ApiTokenDto,
  type ApiTokenListQuery,
  type CreateApiTokenRequest,
  type CreatedApiToken,
} from './api-token.dto.js';
import { ApiTokensService } from './api-tokens.service.js';
import { CreatedLocation } from '../../platform/http/location/created-location.interceptor.js';

@ApiTags('auth')
@Controller('auth/tokens')
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  @Post()
  @Authenticated()
  // The only time the secret is shown: no cache may keep it.
  @Header('Cache-Control', 'no-store')
  // The token's own URL (DELETE revokes it there).
  @CreatedLocation('auth/tokens')
  @ApiCreatedResponse({ standardSchema: createdApiTokenSchema, description: 'The token is in `token`, once' })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: createApiTokenSchema }) body: CreateApiTokenRequest,
  ): Promise<CreatedApiToken> {
    return this.tokens.create(principal, body);
  }

  @Get()
  @Authenticated()
  @ApiOkResponse({ standardSchema: apiTokenPageSchema })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: apiTokenListQuery }) query: ApiTokenListQuery,
  ): Promise<Page<ApiTokenDto>> {
    return this.tokens.list(principal, query);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse({ description: 'Revoked; the token answers 401 from the next request on' })
  @ApiNotFoundResponse({ description: 'No such token, already revoked, or not yours' })
  revoke(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    return this.tokens.revoke(principal, id);
  }
}
