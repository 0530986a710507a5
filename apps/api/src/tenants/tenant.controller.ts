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

  @Post()
  @AdminOnly()
  @ApiCreatedResponse({ standardSchema: tenantSchema })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: createTenantSchema }) body: CreateTenant,
  ): Promise<TenantDto> {
    return this.tenants.create(principal, body);
  }

  @Get()
  @Authenticated()
  @ApiOkResponse({ standardSchema: tenantPageSchema, description: 'Admins: all; a tenant: its own record' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: tenantListQuery }) query: TenantListQuery,
  ): Promise<Page<TenantDto>> {
    return this.tenants.list(principal, query);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ standardSchema: tenantSchema })
  @ApiNotFoundResponse({ description: 'No such tenant, or not the caller’s own' })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<TenantDto> {
    return this.tenants.get(principal, id);
  }

  @Patch(':id')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: tenantSchema })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: updateTenantSchema }) body: UpdateTenant,
  ): Promise<TenantDto> {
    return this.tenants.update(principal, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @AdminOnly()
  @ApiNoContentResponse({ description: 'Deleted' })
  delete(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    return this.tenants.delete(principal, id);
  }
}
