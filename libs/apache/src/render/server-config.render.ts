import type { ServerModel } from '../model/server-model.js';
import { ConfigWriter } from './config-writer.js';
import { writeDaemonProcess } from './daemon-process.render.js';
import { writeRestrictProcess } from './directory.render.js';
import { layoutModel, type ModelLayout } from './model-layout.js';
import { GENERATED_HEADER } from './process-group-map.render.js';
import { onOffToken, safeToken } from './safe-token.js';
import { writeVirtualHost } from './virtual-host.render.js';
import { mountsByVirtualHost } from './wsgi-mount.render.js';

/**
 * The server's include file: global WSGI settings, global daemon groups (defined before every vhost that may
 * select them), then each vhost in ServerName order.
 */
export function renderServerConfig(
  model: ServerModel,
  mapStems: ReadonlyMap<string, string>,
  layout: ModelLayout = layoutModel(model),
): string {
  const out = new ConfigWriter(GENERATED_HEADER);
  if (model.socketPrefix !== null) {
    out.directive('WSGISocketPrefix', safeToken(model.socketPrefix, 'text', 'server socketPrefix'));
  }
  // Windows' mod_wsgi has no WSGIRestrictEmbedded (daemon-mode only); On is refused there by validation.
  if (model.platform !== 'windows') out.directive('WSGIRestrictEmbedded', onOffToken(model.restrictEmbedded));
  out.blank();
  for (const group of layout.globalGroups) writeDaemonProcess(out, group);
  // Server scope: every vhost without its own value inherits these (spec §2.1, §3). Absent = not written, so
  // the bytes of a server without them stay what they were.
  if (model.restrictProcess !== null && model.restrictProcess !== undefined) {
    writeRestrictProcess(out, model.restrictProcess, 'server');
  }
  if (model.processGroup !== null && model.processGroup !== undefined) {
    out.directive('WSGIProcessGroup', safeToken(model.processGroup, 'text', 'server', 'WSGIProcessGroup'));
  }
  const mounts = model.wsgiMounts === undefined ? undefined : mountsByVirtualHost(model);
  for (const vhost of layout.virtualHosts) {
    out.blank();
    writeVirtualHost(out, {
      vhost,
      daemonGroups: layout.groupsByVhost.get(vhost.id) ?? [],
      directories: layout.directoriesByVhost.get(vhost.id) ?? [],
      configDir: model.configDir,
      mapStem: mapStems.get(vhost.id),
      wsgiMounts: mounts?.get(vhost.id),
    });
  }
  return out.toString();
}
