import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '../platform/config/app-config.js';
import { TokensModule } from './tokens/tokens.module.js';
import { UsersModule } from './users/users.module.js';
import { AuthPolicyGuard } from './auth-policy.guard.js';
import { LoginController } from './login/login.controller.js';
import { LoginService } from './login/login.service.js';
import { MeController } from './me/me.controller.js';
import { PasswordHasher } from './password-hasher.js';
import { PrincipalCacheModule } from './principal-cache.module.js';
import { SessionJwtVerifier } from './session-jwt-verifier.js';
import { SessionJwtStrategy } from './session-jwt.strategy.js';

@Module({
  imports: [
    UsersModule,
    PrincipalCacheModule,
    // The guard calls the API-token strategy itself (see AuthPolicyGuard.authenticate).
    TokensModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256', expiresIn: config.jwtTtlSeconds, issuer: 'hostplane' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'hostplane' },
      }),
    }),
  ],
  controllers: [LoginController, MeController],
  providers: [
    PasswordHasher,
    LoginService,
    SessionJwtVerifier,
    SessionJwtStrategy,
    // Global and default-deny: every route of every module passes through it.
    { provide: APP_GUARD, useClass: AuthPolicyGuard },
  ],
  exports: [PasswordHasher, PrincipalCacheModule],
})
export class AuthModule {}
