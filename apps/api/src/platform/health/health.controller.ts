import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/decorators/auth-policy.decorators.js';
import { healthSchema, type Health } from './health.dto.js';
import { ReadinessService } from './readiness.service.js';

/** Outside /api/v1 (see configureApp): probes are infrastructure, not API. */
@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  /** Liveness: the process answers. Never touches the database, so a DB outage does not restart pods. */
  @Get('health')
  @Public()
  @ApiOkResponse({ standardSchema: healthSchema })
  health(): Health {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and every migration is applied; 503 problem otherwise. */
  @Get('ready')
  @Public()
  @ApiOkResponse({ standardSchema: healthSchema })
  @ApiServiceUnavailableResponse({ description: 'Database unreachable or migrations pending' })
  ready(): Promise<Health> {
    return this.readiness.check();
  }
}
