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
  createDirectorySchema,
  directoryListQuery,
  directoryPageSchema,
  directorySchema,
  updateDirectorySchema,
  vhostDirectoryListQuery,
  type CreateDirectory,
  type DirectoryDto,
  type DirectoryListQuery,
  type UpdateDirectory,
  type VhostDirectoryListQuery,
} from './directory.dto.js';
import { DirectoryService } from './directory.service.js';

@ApiTags('directories')
@Controller()
export class DirectoryController {
  constructor(private readonly directories: DirectoryService) {}

  @CreateOne('virtual-hosts/:vhostId/directories', directorySchema)
  @AdminOnly()
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('vhostId') vhostId: string,
    @Body({ schema: createDirectorySchema }) body: CreateDirectory,
  ): Promise<DirectoryDto> {
    return this.directories.create(principal, vhostId, body);
  }

  @ListOf('virtual-hosts/:vhostId/directories', directoryPageSchema)
  @AdminOnly()
  listOfVirtualHost(
    @CurrentPrincipal() principal: Principal,
    @Param('vhostId') vhostId: string,
    @Query({ schema: vhostDirectoryListQuery }) query: VhostDirectoryListQuery,
  ): Promise<Page<DirectoryDto>> {
    return this.directories.listOfVirtualHost(principal, vhostId, query);
  }

  @ListOf('directories', directoryPageSchema, { description: 'Admins: all; tenants: their own' })
  @Authenticated()
  list(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: directoryListQuery }) query: DirectoryListQuery,
  ): Promise<Page<DirectoryDto>> {
    return this.directories.list(principal, query);
  }

  @GetOne('directories/:id', directorySchema, { notFound: 'No such directory, or another tenant’s' })
  @Authenticated()
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<DirectoryDto> {
    return this.directories.get(principal, id);
  }

  @UpdateOne('directories/:id', directorySchema, { notFound: 'No such directory, or another tenant’s' })
  @AdminOnlyAfterLookup()
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: updateDirectorySchema }) body: UpdateDirectory,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<DirectoryDto> {
    return this.directories.update(principal, id, body, ifMatch);
  }

  @DeleteOne('directories/:id', {
    description: 'Deleted, with its .htaccess rules',
    notFound: 'No such directory, or another tenant’s',
  })
  @AdminOnlyAfterLookup()
  delete(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.directories.delete(principal, id, ifMatch);
  }
}
