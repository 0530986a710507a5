import type { WsgiMount } from '#apache';
import type { WsgiMountColumns, WsgiMountRow } from '../../platform/database/rows.js';

export function wsgiMountFromRow(row: WsgiMountRow): WsgiMount {
  return {
    id: row.id,
    virtualHostId: row.virtualHostId,
    tenantId: row.tenantId,
    urlPath: row.urlPath,
    urlPattern: row.urlPattern,
    script: row.script,
    processGroup: row.processGroup,
    applicationGroup: row.applicationGroup,
    callableObject: row.callableObject,
    passAuthorization: row.passAuthorization,
  };
}

export function wsgiMountToRow(mount: WsgiMount, serverId: string): WsgiMountColumns {
  return { ...mount, serverId };
}
