import type { FleetState } from './fleet-status.dto.js';

/** An agent silent for this many poll intervals is offline. */
export const OFFLINE_AFTER_POLLS = 3;

/** The columns every fleet state is decided from (one row of FleetRepository's query). */
export interface FleetStateInputs {
  lastSeenAt: Date | null;
  appliedRevision: number | null;
  wantedRevision: number | null;
  lastOutcome: string | null;
  newestStatus: string | null;
  driftCount: number;
  mismatch: boolean;
}

/** Reports older than this are offline. */
export function offlineBefore(now: Date, pollIntervalMs: number): Date {
  return new Date(now.getTime() - OFFLINE_AFTER_POLLS * pollIntervalMs);
}

/** The in-memory twin of FleetRepository's state predicates (the ?state= filter and the gauges). */
export function statesOf(row: FleetStateInputs, threshold: Date): FleetState[] {
  const states: FleetState[] = [];
  if (row.lastSeenAt === null || row.lastSeenAt < threshold) states.push('offline');
  if (row.wantedRevision !== null && row.appliedRevision !== row.wantedRevision) states.push('behind');
  if (row.lastOutcome === 'failed' || row.newestStatus === 'failed' || row.newestStatus === 'rolled_back')
    states.push('failed');
  if (row.driftCount > 0) states.push('drift');
  if (row.mismatch) states.push('mismatch');
  return states;
}
