import { Module } from '@nestjs/common';
import { MigrationStatusRepository } from '../database/migration-status.repository.js';
import { HealthController } from './health.controller.js';
import { ReadinessService } from './readiness.service.js';

@Module({ controllers: [HealthController], providers: [ReadinessService, MigrationStatusRepository] })
export class HealthModule {}
