import type { DaemonGroup, DaemonOptionValue } from '#apache';
import {
  daemonGroupNameKey,
  type DaemonGroupColumns,
  type DaemonGroupRow,
} from '../../platform/database/rows.js';
import { CorruptRowError, isRecord } from './json-fields.js';

export function daemonGroupFromRow(row: DaemonGroupRow): DaemonGroup {
  const fail = () => new CorruptRowError('daemon_groups', row.id, 'options');
  if (!isRecord(row.options)) throw fail();
  const options: Record<string, DaemonOptionValue> = {};
  for (const [name, value] of Object.entries(row.options)) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw fail();
    options[name] = value;
  }
  return {
    id: row.id,
    name: row.name,
    virtualHostId: row.virtualHostId,
    tenantId: row.tenantId,
    processes: row.processes,
    threads: row.threads,
    user: row.user,
    group: row.group,
    options,
  };
}

/** name_key is derived here so no write path can forget it (it carries the case-insensitive uniqueness). */
export function daemonGroupToRow(group: DaemonGroup, serverId: string): DaemonGroupColumns {
  return {
    id: group.id,
    serverId,
    virtualHostId: group.virtualHostId,
    tenantId: group.tenantId,
    name: group.name,
    nameKey: daemonGroupNameKey(group.name),
    processes: group.processes,
    threads: group.threads,
    user: group.user,
    group: group.group,
    options: group.options,
  };
}
