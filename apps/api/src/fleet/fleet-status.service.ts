import { Injectable } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Page } from '../platform/http/pagination/index.js';
import { offlineBefore } from './fleet-state.js';
import type { FleetListQuery, FleetRowDto, ServerStatusDto } from './fleet-status.dto.js';
import { presentFleetRow, presentServerStatus } from './fleet.presenter.js';
import { FleetRepository } from './fleet.repository.js';

/** GET /servers/{id}/status and GET /fleet: the agents' reports held against the model and its revisions. */
@Injectable()
export class FleetStatusService {
  constructor(
    private readonly fleet: FleetRepository,
    private readonly config: AppConfig,
  ) {}

  async status(serverId: string): Promise<ServerStatusDto> {
    const row = await this.fleet.one(serverId);
    if (row === null) throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
    const subjects = await this.fleet.subjectsOf([row]);
    return presentServerStatus(row, subjects.get(row.id)!, this.threshold());
  }

  async list(query: FleetListQuery): Promise<Page<FleetRowDto>> {
    const threshold = this.threshold();
    const page = await this.fleet.page(query, query.state, threshold, (row) => row);
    const subjects = await this.fleet.subjectsOf(page.items);
    return {
      items: page.items.map((row) => presentFleetRow(row, subjects.get(row.id)!, threshold)),
      nextCursor: page.nextCursor,
    };
  }

  private threshold(): Date {
    return offlineBefore(new Date(), this.config.fleet.pollIntervalMs);
  }
}
