import type { ServerModel, WsgiMount } from '../model/server-model.js';
import { mountsByVirtualHost } from '../render/wsgi-mount.render.js';
import type { PreparedVirtualHost } from './prepared-model.js';
import type { Walk } from './request-walk.js';
import { aliasMatches } from './url-mapping.js';

/** A request mapped by a WSGIScriptAlias: the script file and the SCRIPT_NAME mod_wsgi gives the app. */
export interface MountedRequest {
  mount: WsgiMount;
  file: string;
  scriptName: string;
}

/** Mounts per vhost, built once per model (the model is never mutated once prepared). */
const byModel = new WeakMap<ServerModel, Map<string, WsgiMount[]>>();

function mountsOf(model: ServerModel, vhostId: string): readonly WsgiMount[] {
  if (model.wsgiMounts === undefined || model.wsgiMounts.length === 0) return [];
  let table = byModel.get(model);
  if (table === undefined) {
    table = mountsByVirtualHost(model);
    byModel.set(model, table);
  }
  return table.get(vhostId) ?? [];
}

/**
 * translate_name for WSGIScriptAlias (W4 wsgi_hook_intercept, registered after mod_alias): an Alias that
 * matches wins whatever the config order (proven in test/oracle/wsgi-mounts), then the vhost's mounts in
 * config order, first match. null = no mount applies; the caller maps the URL as before.
 */
export function mapUrlToMount(walk: Walk, vh: PreparedVirtualHost, uri: string): MountedRequest | null {
  const mounts = mountsOf(walk.pm.model, vh.vhost.id);
  if (mounts.length === 0) return null;
  const alias = vh.aliases.find((a) => aliasMatches(uri, a.urlPath) > 0);
  if (alias !== undefined) {
    if (mounts.some((m) => m.urlPath !== null && aliasMatches(uri, m.urlPath) > 0)) {
      walk.trace.add(
        'url-mapping',
        `Alias ${alias.urlPath} ${alias.path}`,
        'mod_alias translates before mod_wsgi: this Alias wins over the WSGIScriptAlias that also matches',
      );
    }
    return null;
  }
  for (const mount of mounts) {
    const mapped = matchMount(mount, uri);
    if (mapped === null) continue;
    const file = mapped.file.replace(/\/{2,}/g, '/');
    walk.state.file = file;
    walk.trace.add(
      'url-mapping',
      `${mount.urlPath !== null ? 'WSGIScriptAlias' : 'WSGIScriptAliasMatch'} ${mount.urlPath ?? mount.urlPattern} ${mount.script}`,
      `${uri} → ${file} (SCRIPT_NAME ${mapped.scriptName || "''"}); script-aliased: mod_wsgi handles it and Options ExecCGI is not needed`,
    );
    return { mount, file, scriptName: mapped.scriptName };
  }
  return null;
}

function matchMount(mount: WsgiMount, uri: string): { file: string; scriptName: string } | null {
  if (mount.urlPath !== null) {
    const matched = aliasMatches(uri, mount.urlPath);
    if (matched === 0) return null;
    // A directory target (trailing slash) keeps the rest of the URI as the file; a file target takes it as PATH_INFO.
    const file = mount.script.endsWith('/') ? mount.script + uri.slice(matched) : mount.script;
    return { file, scriptName: uri.slice(0, matched).replace(/\/$/, '') };
  }
  if (mount.urlPattern === null) return null;
  let found: RegExpExecArray | null;
  try {
    found = new RegExp(mount.urlPattern).exec(uri);
  } catch {
    return null;
  }
  if (found === null) return null;
  const groups = found;
  const file = mount.script.replace(/\$([0-9])/g, (_m, n: string) => groups[Number(n)] ?? '');
  return { file, scriptName: found[0] };
}
