import type { ModWsgiVersion, Platform, ServerModel } from '#apache';
import { SQL_NULL, type ServerColumns, type ServerRow } from '../../platform/database/rows.js';
import { CorruptRowError, stringArray } from './json-fields.js';

const VERSIONS: readonly ModWsgiVersion[] = ['4.9', '5.0', '6.0'];

/** The server's own settings; the loader fills the collections. */
export type ServerSettings = Omit<
  ServerModel,
  'daemonGroups' | 'virtualHosts' | 'tenants' | 'directories' | 'wsgiMounts'
>;

export function serverSettingsFromRow(row: ServerRow): ServerSettings {
  if (!VERSIONS.includes(row.modWsgiVersion as ModWsgiVersion)) {
    throw new Error(`servers ${row.id}: unknown mod_wsgi version ${row.modWsgiVersion}`);
  }
  return {
    id: row.id,
    name: row.name,
    modWsgiVersion: row.modWsgiVersion as ModWsgiVersion,
    socketPrefix: row.socketPrefix,
    restrictEmbedded: row.restrictEmbedded,
    apacheUser: row.apacheUser,
    apacheGroup: row.apacheGroup,
    configDir: row.configDir,
    pythonVersion: row.pythonVersion,
    // Absent = linux in the model, so the stored default reads back as every model without the field.
    ...(platformOf(row) === 'windows' ? { platform: 'windows' as const } : {}),
    restrictProcess:
      row.restrictProcess === null
        ? null
        : stringArray(row.restrictProcess, () => new CorruptRowError('servers', row.id, 'restrict_process')),
    processGroup: row.processGroup,
  };
}

export function serverSettingsToRow(settings: ServerSettings): ServerColumns {
  return {
    id: settings.id,
    name: settings.name,
    modWsgiVersion: settings.modWsgiVersion,
    socketPrefix: settings.socketPrefix,
    restrictEmbedded: settings.restrictEmbedded,
    apacheUser: settings.apacheUser,
    apacheGroup: settings.apacheGroup,
    configDir: settings.configDir,
    pythonVersion: settings.pythonVersion ?? null,
    platform: settings.platform ?? 'linux',
    // SQL NULL = no server-scope WSGIRestrictProcess; [] is a real (deny-all) list.
    restrictProcess: settings.restrictProcess == null ? SQL_NULL : settings.restrictProcess,
    processGroup: settings.processGroup ?? null,
  };
}

function platformOf(row: ServerRow): Platform {
  if (row.platform !== 'linux' && row.platform !== 'windows')
    throw new Error(`servers ${row.id}: unknown platform ${row.platform}`);
  return row.platform;
}
