import { Body, Controller, Headers, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../../auth/decorators/auth-policy.decorators.js';
import { CurrentPrincipal } from '../../auth/decorators/current-principal.decorator.js';
import type { Principal } from '../../auth/principal.js';
import {
  CreateOne,
  DeleteOne,
  GetOne,
  ListOf,
  UpdateOne,
} from '../../platform/http/crud-route.decorators.js';
import type { Page } from '../../platform/http/pagination/index.js';
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

  @CreateOne('/', serverSchema)
  @AdminOnly()
  create(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: createServerSchema }) body: CreateServer,
  ): Promise<ServerDto> {
    return this.servers.create(principal, body);
  }

  @ListOf('/', serverPageSchema)
  @AdminOnly()
  list(@Query({ schema: serverListQuery }) query: ServerListQuery): Promise<Page<ServerDto>> {
    return this.servers.list(query);
  }

  @GetOne(':serverId', serverSchema)
  @AdminOnly()
  get(@Param('serverId') serverId: string): Promise<ServerDto> {
    return this.servers.get(serverId);
  }

  @UpdateOne(':serverId', serverSchema)
  @AdminOnly()
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Body({ schema: updateServerSchema }) body: UpdateServer,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<ServerDto> {
    return this.servers.update(principal, serverId, body, ifMatch);
  }

  @DeleteOne(':serverId')
  @AdminOnly()
  delete(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.servers.delete(principal, serverId, ifMatch);
  }
}
