import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '../decorators/auth-policy.decorators.js';
import { accessTokenSchema, loginRequestSchema, type AccessToken, type LoginRequest } from './login.dto.js';
import { LoginService } from './login.service.js';

@ApiTags('auth')
@Controller('auth')
export class LoginController {
  constructor(private readonly loginService: LoginService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  // The answer is a session token: no cache (browser, proxy) may keep it.
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ standardSchema: accessTokenSchema })
  @ApiBadRequestResponse({ description: 'The body does not match LoginRequest' })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  login(@Body({ schema: loginRequestSchema }) body: LoginRequest): Promise<AccessToken> {
    return this.loginService.login(body);
  }
}
