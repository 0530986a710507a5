import type { DaemonGroupRestartDto, RestartState } from './daemon-group-restart.dto.js';
import type { RestartRow } from './daemon-group-restart.repository.js';

/** The outcome fields appear once the restart finished: before that nothing is known of the pids. */
export function presentRestart(row: RestartRow): DaemonGroupRestartDto {
  const base = {
    id: row.id,
    daemonGroupId: row.daemonGroupId,
    state: row.state as RestartState,
    requestedAt: row.requestedAt.toISOString(),
  };
  if (row.finishedAt === null) return base;
  return {
    ...base,
    finishedAt: row.finishedAt.toISOString(),
    pidsBefore: row.pidsBefore,
    pidsAfter: row.pidsAfter,
    errors: row.errors,
  };
}
