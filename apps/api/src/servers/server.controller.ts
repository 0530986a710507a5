import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../auth/decorators/auth-policy.decorators.js';
import { CurrentPrincipal } from '../auth/decorators/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import type { Page } from '../common/pagination/index.js';
import {
  createServerSchema,
  serverListQuery,
  serverPageSchema,
  serverSchema,
  updateServerSchema,
  type CreateServer,
  type ServerDto,
  type ServerListQuery,
  type UpdateServer,
} from './server.dto.js';
import { ServerService } from './server.service.js';

@ApiTags('servers')
@Controller('servers')
export class ServerController {
  constructor(private readonly servers: ServerService) {}

  @Post()
  @AdminOnly()
  @ApiCreatedResponse({ standardSchema: serverSchema })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: createServerSchema }) body: CreateServer,
  ): Promise<ServerDto> {
    return this.servers.create(principal, body);
  }

  @Get()
  @AdminOnly()
  @ApiOkResponse({ standardSchema: serverPageSchema })
  list(@Query({ schema: serverListQuery }) query: ServerListQuery): Promise<Page<ServerDto>> {
    return this.servers.list(query);
  }

  @Get(':serverId')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: serverSchema })
  get(@Param('serverId') serverId: string): Promise<ServerDto> {
    return this.servers.get(serverId);
  }

  @Patch(':serverId')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: serverSchema })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Body({ schema: updateServerSchema }) body: UpdateServer,
  ): Promise<ServerDto> {
    return this.servers.update(principal, serverId, body);
  }

  @Delete(':serverId')
  @HttpCode(204)
  @AdminOnly()
  @ApiNoContentResponse({ description: 'Deleted' })
  delete(@CurrentPrincipal() principal: Principal, @Param('serverId') serverId: string): Promise<void> {
    return this.servers.delete(principal, serverId);
  }
}
