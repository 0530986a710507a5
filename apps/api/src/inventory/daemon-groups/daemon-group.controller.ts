import { Body, Controller, Headers, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AdminOnly,
  AdminOnlyAfterLookup,
  Authenticated,
} from '../../auth/decorators/auth-policy.decorators.js';
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

  @CreateOne('servers/:serverId/daemon-groups', daemonGroupSchema)
  @AdminOnly()
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Body({ schema: createDaemonGroupSchema }) body: CreateDaemonGroup,
  ): Promise<DaemonGroupDto> {
    return this.groups.create(principal, serverId, body);
  }

  @ListOf('servers/:serverId/daemon-groups', daemonGroupPageSchema, {
    description: 'Admins: all; a tenant: the groups serving it',
    notFound: 'No such server, or none holding anything of the calling tenant',
  })
  @Authenticated()
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Query({ schema: daemonGroupListQuery }) query: DaemonGroupListQuery,
  ): Promise<Page<DaemonGroupDto>> {
    return this.groups.list(principal, serverId, query);
  }

  @GetOne('daemon-groups/:id', daemonGroupSchema, {
    notFound: 'No such group, or one not serving the calling tenant',
  })
  @Authenticated()
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<DaemonGroupDto> {
    return this.groups.get(principal, id);
  }

  @UpdateOne('daemon-groups/:id', daemonGroupSchema, {
    notFound: 'No such group, or one not serving the calling tenant',
  })
  @AdminOnlyAfterLookup()
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: updateDaemonGroupSchema }) body: UpdateDaemonGroup,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<DaemonGroupDto> {
    return this.groups.update(principal, id, body, ifMatch);
  }

  @DeleteOne('daemon-groups/:id', { notFound: 'No such group, or one not serving the calling tenant' })
  @AdminOnlyAfterLookup()
  delete(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.groups.delete(principal, id, ifMatch);
  }
}
