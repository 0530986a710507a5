import type { ProcessGroupMap, VirtualHost } from '#apache';
import {
  SQL_NULL,
  type InputJsonValue,
  type JsonValue,
  type SqlNull,
  type VirtualHostColumns,
  type VirtualHostRow,
} from '../../platform/database/rows.js';
import { CorruptRowError, isRecord, stringArray, stringRecord } from './json-fields.js';

function processGroupMapFromJson(value: JsonValue | null, fail: () => Error): ProcessGroupMap | null {
  if (value === null) return null;
  if (!isRecord(value) || typeof value.variable !== 'string' || typeof value.fallback !== 'string')
    throw fail();
  const entries = value.entries;
  if (!Array.isArray(entries)) throw fail();
  const format = value.format ?? 'txt';
  if (format !== 'txt' && format !== 'dbm') throw fail();
  return {
    variable: value.variable,
    fallback: value.fallback,
    // Absent = txt in the model, so a txt map reads back as every model without the field.
    ...(format === 'dbm' ? { format } : {}),
    entries: entries.map((entry) => {
      if (!isRecord(entry) || typeof entry.uri !== 'string' || typeof entry.processGroup !== 'string') {
        throw fail();
      }
      return { uri: entry.uri, processGroup: entry.processGroup };
    }),
  };
}

export function virtualHostFromRow(row: VirtualHostRow): VirtualHost {
  return {
    id: row.id,
    serverName: row.serverName,
    serverAliases: row.serverAliases,
    addresses: row.addresses,
    documentRoot: row.documentRoot,
    processGroup: row.processGroup,
    applicationGroup: row.applicationGroup,
    restrictProcess:
      row.restrictProcess === null
        ? null
        : stringArray(
            row.restrictProcess,
            () => new CorruptRowError('virtual_hosts', row.id, 'restrict_process'),
          ),
    env: stringRecord(row.env, () => new CorruptRowError('virtual_hosts', row.id, 'env')),
    processGroupMap: processGroupMapFromJson(
      row.processGroupMap,
      () => new CorruptRowError('virtual_hosts', row.id, 'process_group_map'),
    ),
  };
}

export function processGroupMapToJson(map: ProcessGroupMap | null): InputJsonValue | SqlNull {
  // SQL NULL ("no map"), not the JSON literal null.
  if (map === null) return SQL_NULL;
  return {
    variable: map.variable,
    fallback: map.fallback,
    entries: map.entries.map((entry) => ({ uri: entry.uri, processGroup: entry.processGroup })),
    format: map.format ?? 'txt',
  };
}

export function virtualHostToRow(vhost: VirtualHost, serverId: string): VirtualHostColumns {
  return {
    id: vhost.id,
    serverId,
    serverName: vhost.serverName,
    serverAliases: vhost.serverAliases,
    addresses: vhost.addresses,
    documentRoot: vhost.documentRoot,
    processGroup: vhost.processGroup,
    applicationGroup: vhost.applicationGroup,
    // SQL NULL = no vhost-scope WSGIRestrictProcess; [] is a real (deny-all) list.
    restrictProcess: vhost.restrictProcess == null ? SQL_NULL : vhost.restrictProcess,
    env: vhost.env,
    processGroupMap: processGroupMapToJson(vhost.processGroupMap),
  };
}
