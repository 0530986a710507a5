import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
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

@ApiTags('virtual-hosts')
@Controller()
export class VirtualHostController {
  constructor(private readonly vhosts: VirtualHostService) {}

  @Post('servers/:serverId/virtual-hosts')
  @AdminOnly()
  @ApiCreatedResponse({ standardSchema: virtualHostSchema })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Body({ schema: createVirtualHostSchema }) body: CreateVirtualHost,
  ): Promise<VirtualHostDto> {
    return this.vhosts.create(principal, serverId, body);
  }

  @Get('servers/:serverId/virtual-hosts')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: virtualHostPageSchema })
  list(
    @Param('serverId') serverId: string,
    @Query({ schema: virtualHostListQuery }) query: VirtualHostListQuery,
  ): Promise<Page<VirtualHostDto>> {
    return this.vhosts.list(serverId, query);
  }

  @Get('virtual-hosts/:id')
  @Authenticated()
  @ApiOkResponse({
    standardSchema: visibleVirtualHostSchema,
    description:
      'Admins: VirtualHost; a tenant: TenantVirtualHost, for a vhost holding one of its directories',
  })
  @ApiNotFoundResponse({
    description: 'No such virtual host, or none holding a directory of the calling tenant',
  })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
  ): Promise<VirtualHostDto | TenantVirtualHostDto> {
    return this.vhosts.get(principal, id);
  }

  @Patch('virtual-hosts/:id')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: virtualHostSchema })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: updateVirtualHostSchema }) body: UpdateVirtualHost,
  ): Promise<VirtualHostDto> {
    return this.vhosts.update(principal, id, body);
  }

  @Delete('virtual-hosts/:id')
  @HttpCode(204)
  @AdminOnly()
  @ApiNoContentResponse({ description: 'Deleted' })
  delete(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    return this.vhosts.delete(principal, id);
  }

  @Get('virtual-hosts/:id/process-group-map')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: storedProcessGroupMapSchema })
  getProcessGroupMap(@Param('id') id: string): Promise<StoredProcessGroupMap> {
    return this.vhosts.getProcessGroupMap(id);
  }

  @Put('virtual-hosts/:id/process-group-map')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: storedProcessGroupMapSchema })
  putProcessGroupMap(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: processGroupMapSchema }) body: ProcessGroupMapBody,
  ): Promise<StoredProcessGroupMap> {
    return this.vhosts.putProcessGroupMap(principal, id, body);
  }
}
