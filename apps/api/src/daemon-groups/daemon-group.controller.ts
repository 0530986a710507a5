import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AdminOnly, Authenticated } from '../auth/decorators/auth-policy.decorators.js';
import { CurrentPrincipal } from '../auth/decorators/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import type { Page } from '../common/pagination/index.js';
import {
  createDaemonGroupSchema,
  daemonGroupListQuery,
  daemonGroupPageSchema,
  daemonGroupSchema,
  updateDaemonGroupSchema,
  type CreateDaemonGroup,
  type DaemonGroupDto,
  type DaemonGroupListQuery,
  type UpdateDaemonGroup,
} from './daemon-group.dto.js';
import { DaemonGroupService } from './daemon-group.service.js';

@ApiTags('daemon-groups')
@Controller()
export class DaemonGroupController {
  constructor(private readonly groups: DaemonGroupService) {}

  @Post('servers/:serverId/daemon-groups')
  @AdminOnly()
  @ApiCreatedResponse({ standardSchema: daemonGroupSchema })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Body({ schema: createDaemonGroupSchema }) body: CreateDaemonGroup,
  ): Promise<DaemonGroupDto> {
    return this.groups.create(principal, serverId, body);
  }

  @Get('servers/:serverId/daemon-groups')
  @Authenticated()
  @ApiOkResponse({
    standardSchema: daemonGroupPageSchema,
    description: 'Admins: all; a tenant: the groups serving it',
  })
  @ApiNotFoundResponse({ description: 'No such server, or none holding anything of the calling tenant' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Query({ schema: daemonGroupListQuery }) query: DaemonGroupListQuery,
  ): Promise<Page<DaemonGroupDto>> {
    return this.groups.list(principal, serverId, query);
  }

  @Get('daemon-groups/:id')
  @Authenticated()
  @ApiOkResponse({ standardSchema: daemonGroupSchema })
  @ApiNotFoundResponse({ description: 'No such group, or one not serving the calling tenant' })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<DaemonGroupDto> {
    return this.groups.get(principal, id);
  }

  @Patch('daemon-groups/:id')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: daemonGroupSchema })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: updateDaemonGroupSchema }) body: UpdateDaemonGroup,
  ): Promise<DaemonGroupDto> {
    return this.groups.update(principal, id, body);
  }

  @Delete('daemon-groups/:id')
  @HttpCode(204)
  @AdminOnly()
  @ApiNoContentResponse({ description: 'Deleted' })
  delete(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    return this.groups.delete(principal, id);
  }
}
