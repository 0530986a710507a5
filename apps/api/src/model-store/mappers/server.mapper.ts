import type { ModWsgiVersion, ServerModel } from '#apache';
import type { ServerColumns, ServerRow } from '../../platform/database/rows.js';

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
  };
}
