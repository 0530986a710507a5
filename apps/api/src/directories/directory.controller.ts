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

  @Post('virtual-hosts/:vhostId/directories')
  @AdminOnly()
  @ApiCreatedResponse({ standardSchema: directorySchema })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('vhostId') vhostId: string,
    @Body({ schema: createDirectorySchema }) body: CreateDirectory,
  ): Promise<DirectoryDto> {
    return this.directories.create(principal, vhostId, body);
  }

  @Get('virtual-hosts/:vhostId/directories')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: directoryPageSchema })
  listOfVirtualHost(
    @CurrentPrincipal() principal: Principal,
    @Param('vhostId') vhostId: string,
    @Query({ schema: vhostDirectoryListQuery }) query: VhostDirectoryListQuery,
  ): Promise<Page<DirectoryDto>> {
    return this.directories.listOfVirtualHost(principal, vhostId, query);
  }

  @Get('directories')
  @Authenticated()
  @ApiOkResponse({ standardSchema: directoryPageSchema, description: 'Admins: all; tenants: their own' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: directoryListQuery }) query: DirectoryListQuery,
  ): Promise<Page<DirectoryDto>> {
    return this.directories.list(principal, query);
  }

  @Get('directories/:id')
  @Authenticated()
  @ApiOkResponse({ standardSchema: directorySchema })
  @ApiNotFoundResponse({ description: 'No such directory, or another tenant’s' })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<DirectoryDto> {
    return this.directories.get(principal, id);
  }

  @Patch('directories/:id')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: directorySchema })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: updateDirectorySchema }) body: UpdateDirectory,
  ): Promise<DirectoryDto> {
    return this.directories.update(principal, id, body);
  }

  @Delete('directories/:id')
  @HttpCode(204)
  @AdminOnly()
  @ApiNoContentResponse({ description: 'Deleted, with its .htaccess rules' })
  delete(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    return this.directories.delete(principal, id);
  }
}
