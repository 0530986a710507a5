import { Module } from '@nestjs/common';
import { ChangeListenerModule } from '../platform/change-listener/change-listener.module.js';
import { PrincipalCache } from './principal-cache.js';

/** One PrincipalCache per process, shared by both bearer strategies and the services that change principals. */
@Module({ imports: [ChangeListenerModule], providers: [PrincipalCache], exports: [PrincipalCache] })
export class PrincipalCacheModule {}
