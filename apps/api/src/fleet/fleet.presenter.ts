import { checkFacts, type FactSubject } from '#apache';
import type { AgentFacts, DaemonProcessDto, DriftFindingDto } from './agent-report.dto.js';
import { statesOf } from './fleet-state.js';
import type { FactMismatch, FleetRowDto, ServerStatusDto } from './fleet-status.dto.js';
import type { FleetRow } from './fleet.repository.js';

type Status = FleetRowDto['newestStatus'];

/** Shapes a fleet row; `declared` is the model side of the fact check. */
export function presentFleetRow(row: FleetRow, declared: FactSubject, offlineBefore: Date): FleetRowDto {
  const { name, newestStatus } = row;
  return { ...common(row, declared, offlineBefore), name, newestStatus: newestStatus as Status };
}

export function presentServerStatus(
  row: FleetRow,
  declared: FactSubject,
  offlineBefore: Date,
): ServerStatusDto {
  return {
    ...common(row, declared, offlineBefore),
    facts: (row.facts ?? null) as AgentFacts | null,
    factsReportedAt: row.factsReportedAt?.toISOString() ?? null,
    processes: (row.processes ?? []) as DaemonProcessDto[],
    processesReportedAt: row.processesReportedAt?.toISOString() ?? null,
  };
}

function common(row: FleetRow, declared: FactSubject, offlineBefore: Date) {
  const drift = (row.drift ?? []) as DriftFindingDto[];
  const mismatches: FactMismatch[] = checkFacts(declared, (row.facts ?? null) as AgentFacts | null);
  const states = statesOf({ ...row, driftCount: drift.length, mismatch: row.mismatch }, offlineBefore);
  return {
    serverId: row.id,
    agent: {
      lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
      version: row.agentVersion,
      online: !states.includes('offline'),
    },
    liveRevision: row.liveRevision,
    wantedRevision: row.wantedRevision,
    appliedRevision: row.appliedRevision,
    lastOutcome: row.lastOutcome as 'live' | 'failed' | null,
    states,
    factMismatches: mismatches,
    drift: drift.map((f) => f.path),
  };
}
