import type { ServerModel } from '../engine.js';
import { BAD_SCRIPTS, SCRIPTS } from './model-arbitrary.js';

export interface PlannedRequest {
  host: string;
  path: string;
}

/**
 * Every script of every directory through its own vhost, a missing script (404), and the same URLs through
 * an unknown Host (Apache's default vhost: the first one in the file) and through a sibling vhost.
 */
export function planRequests(model: ServerModel): PlannedRequest[] {
  const out: PlannedRequest[] = [];
  const vhosts = model.virtualHosts;
  for (const dir of model.directories) {
    const vhost = vhosts.find((v) => v.id === dir.virtualHostId);
    if (vhost === undefined || dir.urlPath === null) continue;
    for (const script of [...SCRIPTS, ...BAD_SCRIPTS, 'missing.wsgi']) {
      out.push({ host: vhost.serverName, path: `${dir.urlPath}/${script}` });
    }
    out.push({ host: 'unknown.test', path: `${dir.urlPath}/${SCRIPTS[0]}` });
    const sibling = vhosts.find((v) => v.id !== vhost.id);
    if (sibling !== undefined) out.push({ host: sibling.serverName, path: `${dir.urlPath}/${SCRIPTS[1]}` });
  }
  // WSGIScriptAlias mounts: the mount itself, a deeper URL (PATH_INFO), and through an unknown Host.
  for (const mount of model.wsgiMounts ?? []) {
    const vhost = vhosts.find((v) => v.id === mount.virtualHostId);
    if (vhost === undefined || mount.urlPath === null) continue;
    out.push({ host: vhost.serverName, path: mount.urlPath });
    out.push({ host: vhost.serverName, path: `${mount.urlPath}/a/b` });
    out.push({ host: 'unknown.test', path: mount.urlPath });
  }
  return out;
}
