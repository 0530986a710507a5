import { Injectable } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Page } from '../platform/http/pagination/index.js';
import type { DeclaredFacts } from './fact-mismatches.js';
import { offlineBefore } from './fleet-state.js';
import type { FleetListQuery, FleetRowDto, ServerStatusDto } from './fleet-status.dto.js';
import { presentFleetRow, presentServerStatus } from './fleet.presenter.js';
import { FleetRepository, type DeclaredGroup, type FleetRow } from './fleet.repository.js';

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
    const groups = await this.fleet.groupsOf([serverId]);
    return presentServerStatus(row, declaredOf(row, groups), this.threshold());
  }

  async list(query: FleetListQuery): Promise<Page<FleetRowDto>> {
    const threshold = this.threshold();
    const page = await this.fleet.page(query, query.state, threshold, (row) => row);
    const groups = await this.fleet.groupsOf(page.items.map((row) => row.id));
    return {
      items: page.items.map((row) => presentFleetRow(row, declaredOf(row, groups), threshold)),
      nextCursor: page.nextCursor,
    };
  }

  private threshold(): Date {
    return offlineBefore(new Date(), this.config.fleet.pollIntervalMs);
  }
}

function declaredOf(row: FleetRow, groups: readonly DeclaredGroup[]): DeclaredFacts {
  return {
    modWsgiVersion: row.modWsgiVersion,
    // Servers declare no Python version yet (api-v1.md's pythonVersion field is still to come).
    pythonVersion: null,
    groups: groups.filter((g) => g.serverId === row.id),
  };
}
