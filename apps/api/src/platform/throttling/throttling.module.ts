import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { LoginController } from '../../auth/login/login.controller.js';
import { LoginThrottleMiddleware } from './login-throttle.middleware.js';

@Module({})
export class ThrottlingModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(LoginThrottleMiddleware).forRoutes(LoginController);
  }
}
