import type { ServerModel, WsgiMount } from '../model/server-model.js';
import type { ConfigWriter } from './config-writer.js';
import { safeToken, type SafeToken } from './safe-token.js';

/**
 * mod_wsgi tries a vhost's WSGIScriptAlias lines in config order and the first match wins, so the renderer
 * writes deeper URL paths first (/blog/admin before /blog) and patterns last; ties by URL, then id.
 * The resolver walks mounts in this same order.
 */
export function mountsInConfigOrder(mounts: readonly WsgiMount[]): WsgiMount[] {
  return [...mounts].sort((a, b) => {
    if ((a.urlPath === null) !== (b.urlPath === null)) return a.urlPath === null ? 1 : -1;
    const ak = a.urlPath ?? a.urlPattern ?? '';
    const bk = b.urlPath ?? b.urlPattern ?? '';
    if (ak.length !== bk.length) return bk.length - ak.length;
    if (ak !== bk) return ak < bk ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The server's mounts by vhost id, each bucket in config order. */
export function mountsByVirtualHost(model: ServerModel): Map<string, WsgiMount[]> {
  const out = new Map<string, WsgiMount[]>();
  for (const mount of model.wsgiMounts ?? []) {
    const list = out.get(mount.virtualHostId);
    if (list === undefined) out.set(mount.virtualHostId, [mount]);
    else list.push(mount);
  }
  for (const [id, list] of out) out.set(id, mountsInConfigOrder(list));
  return out;
}

/**
 * `WSGIScriptAlias urlPath script [process-group=… application-group=… callable-object=… pass-authorization=On|Off]`
 * (or WSGIScriptAliasMatch). Written after the vhost's WSGIDaemonProcess lines and ServerName: with both
 * groups literal mod_wsgi checks the group when it reads the line (spec §2.5, §7.5).
 */
export function writeWsgiMount(out: ConfigWriter, mount: WsgiMount, vhostName: string): void {
  // Assembled only for a refusal's message: 10k mounts are written without building it.
  const where = (): string => `VirtualHost ${vhostName} WSGIScriptAlias`;
  const args: SafeToken[] = [
    mount.urlPath !== null
      ? safeToken(mount.urlPath, 'url-path', where, 'urlPath')
      : safeToken(mount.urlPattern ?? '', 'files-match', where, 'urlPattern'),
    safeToken(mount.script, 'absolute-path', where, 'script'),
  ];
  addOption(args, 'process-group', mount.processGroup, where);
  addOption(args, 'application-group', mount.applicationGroup, where);
  addOption(args, 'callable-object', mount.callableObject, where);
  const auth = mount.passAuthorization;
  addOption(args, 'pass-authorization', auth === null ? null : auth ? 'On' : 'Off', where);
  out.directive(mount.urlPath !== null ? 'WSGIScriptAlias' : 'WSGIScriptAliasMatch', ...args);
}

function addOption(args: SafeToken[], name: string, value: string | null, where: () => string): void {
  if (value !== null) args.push(safeToken(`${name}=${value}`, 'text', where, name));
}
