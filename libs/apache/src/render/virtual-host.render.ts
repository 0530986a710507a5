import type { DaemonGroup, Directory, VirtualHost, WsgiMount } from '../model/server-model.js';
import type { ConfigWriter } from './config-writer.js';
import { writeDaemonProcess } from './daemon-process.render.js';
import { writeDirectory, writeRestrictProcess } from './directory.render.js';
import { writeProcessGroupRewrite } from './process-group-map.render.js';
import { safeToken } from './safe-token.js';
import { sortedEntries, sortedTexts } from './stable-order.js';
import { writeWsgiMount } from './wsgi-mount.render.js';

export interface VirtualHostParts {
  vhost: VirtualHost;
  /** Already sorted by name then id. */
  daemonGroups: readonly DaemonGroup[];
  /** Already sorted by path then id. */
  directories: readonly Directory[];
  configDir: string;
  mapStem: string | undefined;
  /** WSGIScriptAlias lines, already in config order (wsgi-mount.render.ts). */
  wsgiMounts?: readonly WsgiMount[];
}

/**
 * One `<VirtualHost>`: ServerName first (mod_wsgi's config-time group checks need it before anything that
 * names a group, spec §2.5/§7.5), then its WSGIDaemonProcess lines before any WSGIProcessGroup that uses them.
 */
export function writeVirtualHost(out: ConfigWriter, parts: VirtualHostParts): void {
  const { vhost } = parts;
  const where = `VirtualHost ${vhost.serverName}`;
  const addresses = sortedTexts(vhost.addresses).map((a) => safeToken(a, 'address', where, 'address'));
  out.block('VirtualHost', addresses, () => {
    out.directive('ServerName', safeToken(vhost.serverName, 'server-name', where, 'ServerName'));
    if (vhost.serverAliases.length > 0) {
      const aliases = sortedTexts(vhost.serverAliases).map((a) =>
        safeToken(a, 'server-alias', where, 'alias'),
      );
      out.directive('ServerAlias', ...aliases);
    }
    if (vhost.documentRoot !== null) {
      out.directive('DocumentRoot', safeToken(vhost.documentRoot, 'absolute-path', where, 'DocumentRoot'));
    }
    out.blank();
    for (const group of parts.daemonGroups) writeDaemonProcess(out, group);
    out.blank();
    for (const [name, value] of sortedEntries(vhost.env)) {
      out.directive(
        'SetEnv',
        safeToken(name, 'env-name', where, 'SetEnv'),
        safeToken(value, 'text', where, name),
      );
    }
    if (vhost.restrictProcess !== null && vhost.restrictProcess !== undefined) {
      writeRestrictProcess(out, vhost.restrictProcess, where);
    }
    if (vhost.processGroup !== null) {
      out.directive('WSGIProcessGroup', safeToken(vhost.processGroup, 'text', where, 'WSGIProcessGroup'));
    }
    if (vhost.applicationGroup !== null) {
      out.directive(
        'WSGIApplicationGroup',
        safeToken(vhost.applicationGroup, 'text', where, 'WSGIApplicationGroup'),
      );
    }
    out.blank();
    if (parts.mapStem !== undefined) writeProcessGroupRewrite(out, vhost, parts.configDir, parts.mapStem);
    for (const mount of parts.wsgiMounts ?? []) writeWsgiMount(out, mount, vhost.serverName);
    for (const dir of parts.directories) {
      out.blank();
      writeDirectory(out, dir);
    }
  });
}
