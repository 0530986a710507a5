import { Body, Controller, Headers, Param, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  createVirtualHostSchema,
  processGroupMapSchema,
  storedProcessGroupMapSchema,
  updateVirtualHostSchema,
  virtualHostListQuery,
  virtualHostPageSchema,
  virtualHostSchema,
  visibleVirtualHostSchema,
  type CreateVirtualHost,
  type ProcessGroupMapBody,
  type StoredProcessGroupMap,
  type TenantVirtualHostDto,
  type UpdateVirtualHost,
  type VirtualHostDto,
  type VirtualHostListQuery,
} from './virtual-host.dto.js';
import { VirtualHostService } from './virtual-host.service.js';

const NOT_VISIBLE = 'No such virtual host, or none holding a directory of the calling tenant';

@ApiTags('virtual-hosts')
@Controller()
export class VirtualHostController {
  constructor(private readonly vhosts: VirtualHostService) {}

  @CreateOne('servers/:serverId/virtual-hosts', virtualHostSchema)
  @AdminOnly()
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Body({ schema: createVirtualHostSchema }) body: CreateVirtualHost,
  ): Promise<VirtualHostDto> {
    return this.vhosts.create(principal, serverId, body);
  }

  @ListOf('servers/:serverId/virtual-hosts', virtualHostPageSchema)
  @AdminOnly()
  list(
    @Param('serverId') serverId: string,
    @Query({ schema: virtualHostListQuery }) query: VirtualHostListQuery,
  ): Promise<Page<VirtualHostDto>> {
    return this.vhosts.list(serverId, query);
  }

  @GetOne('virtual-hosts/:id', visibleVirtualHostSchema, {
    description:
      'Admins: VirtualHost; a tenant: TenantVirtualHost, for a vhost holding one of its directories',
    notFound: NOT_VISIBLE,
  })
  @Authenticated()
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
  ): Promise<VirtualHostDto | TenantVirtualHostDto> {
    return this.vhosts.get(principal, id);
  }

  @UpdateOne('virtual-hosts/:id', virtualHostSchema, { notFound: NOT_VISIBLE })
  @AdminOnlyAfterLookup()
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: updateVirtualHostSchema }) body: UpdateVirtualHost,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<VirtualHostDto> {
    return this.vhosts.update(principal, id, body, ifMatch);
  }

  @DeleteOne('virtual-hosts/:id', { notFound: NOT_VISIBLE })
  @AdminOnlyAfterLookup()
  delete(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.vhosts.delete(principal, id, ifMatch);
  }

  @GetOne('virtual-hosts/:id/process-group-map', storedProcessGroupMapSchema, {
    notFound: `${NOT_VISIBLE}, or it has no process-group map`,
  })
  @AdminOnlyAfterLookup()
  getProcessGroupMap(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
  ): Promise<StoredProcessGroupMap> {
    return this.vhosts.getProcessGroupMap(principal, id);
  }

  // A PUT replaces the whole map; the only one of its kind here, so it keeps the plain decorators.
  @Put('virtual-hosts/:id/process-group-map')
  @AdminOnlyAfterLookup()
  @ApiOkResponse({ standardSchema: storedProcessGroupMapSchema })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  putProcessGroupMap(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: processGroupMapSchema }) body: ProcessGroupMapBody,
  ): Promise<StoredProcessGroupMap> {
    return this.vhosts.putProcessGroupMap(principal, id, body);
  }
}
