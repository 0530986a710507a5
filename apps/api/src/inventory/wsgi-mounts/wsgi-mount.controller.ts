import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../auth/decorators/auth-policy.decorators.js';
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
  createWsgiMountSchema,
  updateWsgiMountSchema,
  wsgiMountListQuery,
  wsgiMountPageSchema,
  wsgiMountSchema,
  type CreateWsgiMount,
  type UpdateWsgiMount,
  type WsgiMountDto,
  type WsgiMountListQuery,
} from './wsgi-mount.dto.js';
import { WsgiMountService } from './wsgi-mount.service.js';

const NOT_FOUND = 'No such mount, or another tenant’s';

/** Tenant self-service: every route is open to tenants, and the service scopes each to the caller. */
@ApiTags('wsgi-mounts')
@Controller()
export class WsgiMountController {
  constructor(private readonly mounts: WsgiMountService) {}

  @CreateOne('virtual-hosts/:vhostId/wsgi-mounts', wsgiMountSchema)
  @Authenticated()
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('vhostId') vhostId: string,
    @Body({ schema: createWsgiMountSchema }) body: CreateWsgiMount,
  ): Promise<WsgiMountDto> {
    return this.mounts.create(principal, vhostId, body);
  }

  @ListOf('virtual-hosts/:vhostId/wsgi-mounts', wsgiMountPageSchema, {
    description: 'Admins: all; a tenant: its own',
    notFound: 'No such virtual host, or none holding a directory of the calling tenant',
  })
  @Authenticated()
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('vhostId') vhostId: string,
    @Query({ schema: wsgiMountListQuery }) query: WsgiMountListQuery,
  ): Promise<Page<WsgiMountDto>> {
    return this.mounts.list(principal, vhostId, query);
  }

  @GetOne('wsgi-mounts/:id', wsgiMountSchema, { notFound: NOT_FOUND })
  @Authenticated()
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<WsgiMountDto> {
    return this.mounts.get(principal, id);
  }

  @UpdateOne('wsgi-mounts/:id', wsgiMountSchema, { notFound: NOT_FOUND })
  @Authenticated()
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: updateWsgiMountSchema }) body: UpdateWsgiMount,
  ): Promise<WsgiMountDto> {
    return this.mounts.update(principal, id, body);
  }

  @DeleteOne('wsgi-mounts/:id', { notFound: NOT_FOUND })
  @Authenticated()
  delete(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    return this.mounts.delete(principal, id);
  }
}
