import type { ServerModel } from '../model/server-model.js';
import { paths } from '../validate/diagnostics.js';

/** Directives the renderer emits that a module other than core and mod_wsgi provides. */
export type ModuleDirective = 'RewriteMap' | 'Alias' | 'SetEnv' | 'AddHandler';

/**
 * Which module provides each (test/oracle/facts: Apache's configtest says "Invalid command 'Alias'…" without
 * it). WSGIScriptAlias is mod_wsgi's own directive and needs no mod_alias (same test).
 */
export const MODULE_OF: Readonly<Record<ModuleDirective, string>> = {
  RewriteMap: 'rewrite_module',
  Alias: 'alias_module',
  SetEnv: 'env_module',
  AddHandler: 'mime_module',
};

/** One object of the model whose rendering emits `directive`; `path` points at the field that causes it. */
export interface ModuleUse {
  directive: ModuleDirective;
  path: string;
}

/**
 * The first use of each directive (one is enough: the fix, loading the module, is per server). Follows the
 * renderer: a process-group map renders RewriteEngine/RewriteMap/RewriteRule, a directory's urlPath an Alias,
 * every env entry a SetEnv (and so does every .htaccess rule, in the tenant's file), handlers AddHandler.
 */
export function moduleUsesOf(model: ServerModel): ModuleUse[] {
  const found = new Map<ModuleDirective, string>();
  const use = (directive: ModuleDirective, path: string) => {
    if (!found.has(directive)) found.set(directive, path);
  };
  for (const vhost of model.virtualHosts) {
    if (vhost.processGroupMap !== null) use('RewriteMap', paths.vhost(vhost.id, 'processGroupMap'));
    if (Object.keys(vhost.env).length > 0) use('SetEnv', paths.vhost(vhost.id, 'env'));
  }
  for (const dir of model.directories) {
    if (dir.urlPath !== null) use('Alias', paths.directory(dir.id, 'urlPath'));
    if (Object.keys(dir.env).length > 0) use('SetEnv', paths.directory(dir.id, 'env'));
    if (dir.rules.length > 0) use('SetEnv', paths.directory(dir.id, 'rules'));
    if (dir.handlers.length > 0) use('AddHandler', paths.directory(dir.id, 'handlers'));
  }
  // In MODULE_OF's order, whatever object came first.
  return (Object.keys(MODULE_OF) as ModuleDirective[]).flatMap((directive) => {
    const path = found.get(directive);
    return path === undefined ? [] : [{ directive, path }];
  });
}
