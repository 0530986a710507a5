import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, ServerModel } from '../model/server-model.js';
import { renderHtaccess } from './htaccess.render.js';
import { layoutModel } from './model-layout.js';
import { mapFilePath, mapFileStems, renderMapFile } from './process-group-map.render.js';
import { RenderRefusedError } from './render-refused.error.js';
import { compareText, renderedFile, type RenderedFile } from './rendered-file.js';
import { safeToken } from './safe-token.js';
import { renderServerConfig } from './server-config.render.js';

export const SERVER_CONFIG_PATH = 'httpd/hostplane.conf';

/**
 * The writer half of render(), without the validation gate: callers outside render() must gate first.
 * Not exported from the package for that reason. Values are still re-checked token by token and line by line.
 */
export function writeFiles(model: ServerModel): RenderedFile[] {
  const layout = layoutModel(model);
  const stems = mapFileStems(model.virtualHosts);
  const files = [renderedFile(SERVER_CONFIG_PATH, renderServerConfig(model, stems, layout))];
  for (const vhost of model.virtualHosts) {
    const stem = stems.get(vhost.id);
    if (vhost.processGroupMap === null || stem === undefined) continue;
    const where = `VirtualHost ${vhost.serverName} processGroupMap`;
    const path = mapFilePath(stem, vhost.processGroupMap.format);
    files.push(renderedFile(path, renderMapFile(vhost.processGroupMap, where)));
  }
  const htaccess = new Map<string, { file: RenderedFile; owner: string }>();
  for (const dir of layout.directories) {
    if (dir.rules.length === 0) continue;
    const path = htaccessPathOf(dir);
    const file = renderedFile(path, renderHtaccess(dir.rules));
    const earlier = htaccess.get(path);
    // Two <Directory> records for one path (e.g. :80 and :443 vhosts) share one file: fine only if identical.
    if (earlier !== undefined && earlier.file.sha256 !== file.sha256) {
      throw new RenderRefusedError([htaccessClash(dir.id, path, earlier.owner)]);
    }
    if (earlier === undefined) htaccess.set(path, { file, owner: dir.id });
  }
  for (const h of htaccess.values()) files.push(h.file);
  return files.sort((a, b) => compareText(a.path, b.path));
}

/** Where a directory's rules are written; directories whose paths differ only by a trailing slash share it. */
export function htaccessPathOf(dir: Directory): string {
  return `${withoutTrailingSlash(safeToken(dir.path, 'absolute-path', `Directory ${dir.path} path`))}/.htaccess`;
}

export function withoutTrailingSlash(path: string): string {
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

export function htaccessClash(dirId: string, path: string, otherId: string): Diagnostic {
  return {
    code: 'RENDER_HTACCESS_CONFLICT',
    severity: 'error',
    path: `/directories/${dirId}/rules`,
    message: `${path} would be written with different rules for directories ${otherId} and ${dirId}`,
  };
}
