import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../decorators/auth-policy.decorators.js';
import { CurrentPrincipal } from '../decorators/current-principal.decorator.js';
import type { Principal } from '../principal.js';
import { meSchema, type Me } from './me.dto.js';

@ApiTags('auth')
@Controller('me')
export class MeController {
  @Get()
  @Authenticated()
  @ApiOkResponse({ standardSchema: meSchema })
  me(@CurrentPrincipal() principal: Principal): Me {
    return {
      id: principal.userId,
      username: principal.username,
      role: principal.role,
      tenantId: principal.tenantId,
    };
  }
}
