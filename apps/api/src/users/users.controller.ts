import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AdminOnly } from '../auth/decorators/auth-policy.decorators.js';
import { CurrentPrincipal } from '../auth/decorators/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import type { Page } from '../common/pagination/index.js';
import {
  createUserSchema,
  updateUserSchema,
  userListQuery,
  userPageSchema,
  userSchema,
  type CreateUserRequest,
  type UpdateUserRequest,
  type UserDto,
  type UserListQuery,
} from './user.dto.js';
import { UsersService } from './users.service.js';

const tenantMissing = { description: 'tenantId names no tenant, or does not fit the role' };
const lastAdmin = { description: 'Username taken, or the change would leave no enabled admin' };

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @AdminOnly()
  @ApiCreatedResponse({ standardSchema: userSchema })
  @ApiUnprocessableEntityResponse(tenantMissing)
  @ApiConflictResponse(lastAdmin)
  create(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: createUserSchema }) body: CreateUserRequest,
  ): Promise<UserDto> {
    return this.users.create(principal, body);
  }

  @Get()
  @AdminOnly()
  @ApiOkResponse({ standardSchema: userPageSchema })
  list(@Query({ schema: userListQuery }) query: UserListQuery): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  @Get(':id')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: userSchema })
  @ApiNotFoundResponse({ description: 'No such user' })
  get(@Param('id') id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Patch(':id')
  @AdminOnly()
  @ApiOkResponse({ standardSchema: userSchema })
  @ApiNotFoundResponse({ description: 'No such user' })
  @ApiUnprocessableEntityResponse(tenantMissing)
  @ApiConflictResponse(lastAdmin)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: updateUserSchema }) body: UpdateUserRequest,
  ): Promise<UserDto> {
    return this.users.update(principal, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @AdminOnly()
  @ApiNoContentResponse({ description: 'Deleted, with all of its API tokens' })
  @ApiNotFoundResponse({ description: 'No such user' })
  @ApiConflictResponse(lastAdmin)
  delete(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    return this.users.delete(principal, id);
  }
}
