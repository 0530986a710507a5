import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LoginController } from '../../auth/login/login.controller.js';
import { CredentialRateLimitInterceptor } from './credential-rate-limit.interceptor.js';
import { LoginThrottleMiddleware } from './login-throttle.middleware.js';

@Module({
  // Every route, after the auth guard; registered before IdempotencyModule's, so it runs first.
  providers: [{ provide: APP_INTERCEPTOR, useClass: CredentialRateLimitInterceptor }],
})
export class ThrottlingModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(LoginThrottleMiddleware).forRoutes(LoginController);
  }
}
