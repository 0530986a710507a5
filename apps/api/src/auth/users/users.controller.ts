import { Body, Controller, Header, Headers, Param, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AdminOnly } from '../decorators/auth-policy.decorators.js';
import { CurrentPrincipal } from '../decorators/current-principal.decorator.js';
import type { Principal } from '../principal.js';
import {
  CreateOne,
  DeleteOne,
  GetOne,
  ListOf,
  UpdateOne,
} from '../../platform/http/crud-route.decorators.js';
import type { Page } from '../../platform/http/pagination/index.js';
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

const notFound = 'No such user';
const tenantMissing = { description: 'tenantId names no tenant, or does not fit the role' };
const lastAdmin = { description: 'Username taken, or the change would leave no enabled admin' };

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @CreateOne('/', userSchema)
  @AdminOnly()
  // Account data, created with a password: kept by no cache.
  @Header('Cache-Control', 'no-store')
  @ApiUnprocessableEntityResponse(tenantMissing)
  @ApiConflictResponse(lastAdmin)
  create(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: createUserSchema }) body: CreateUserRequest,
  ): Promise<UserDto> {
    return this.users.create(principal, body);
  }

  @ListOf('/', userPageSchema)
  @AdminOnly()
  list(@Query({ schema: userListQuery }) query: UserListQuery): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  @GetOne(':id', userSchema, { notFound })
  @AdminOnly()
  get(@Param('id') id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @UpdateOne(':id', userSchema, { notFound })
  @AdminOnly()
  @ApiUnprocessableEntityResponse(tenantMissing)
  @ApiConflictResponse(lastAdmin)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body({ schema: updateUserSchema }) body: UpdateUserRequest,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<UserDto> {
    return this.users.update(principal, id, body, ifMatch);
  }

  @DeleteOne(':id', { description: 'Deleted, with all of its API tokens', notFound })
  @AdminOnly()
  @ApiConflictResponse(lastAdmin)
  delete(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.users.delete(principal, id, ifMatch);
  }
}
