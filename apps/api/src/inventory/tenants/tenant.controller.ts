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
  createTenantSchema,
  tenantListQuery,
  tenantPageSchema,
  tenantSchema,
  updateTenantSchema,
  type CreateTenant,
  type TenantDto,
  type TenantListQuery,
  type UpdateTenant,
} from './tenant.dto.js';
import { TenantService } from './tenant.service.js';

@ApiTags('tenants')
@Controller('tenants')
export class TenantController {
  constructor(private readonly tenants: TenantService) {}

  @CreateOne('/', tenantSchema)
  @AdminOnly()
  create(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: createTenantSchema }) body: CreateTenant,
  ): Promise<TenantDto> {
    return this.tenants.create(principal, body);
  }

  @ListOf('/', tenantPageSchema, { description: 'Admins: all; a tenant: its own record' })
  @Authenticated()
  list(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: tenantListQuery }) query: TenantListQuery,
  ): Promise<Page<TenantDto>> {
    return this.tenants.list(principal, query);
  }

  @GetOne(':id', tenantSchema, { notFound: 'No such tenant, or not the caller’s own' })
  @Authenticated()
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<TenantDto> {
    return this.tenants.get(principal, id);
  }

  @UpdateOne(':id', tenantSchema, { notFound: 'No such tenant, or not the caller’s own' })
  @AdminOnlyAfterLookup()
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: updateTenantSchema }) body: UpdateTenant,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<TenantDto> {
    return this.tenants.update(principal, id, body, ifMatch);
  }

  @DeleteOne(':id', { notFound: 'No such tenant, or not the caller’s own' })
  @AdminOnlyAfterLookup()
  delete(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.tenants.delete(principal, id, ifMatch);
  }
}
