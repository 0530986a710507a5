import type { Directory } from '../model/server-model.js';
import type { ConfigWriter } from './config-writer.js';
import { compareText } from './rendered-file.js';
import { safeToken, type SafeToken } from './safe-token.js';
import { sortedEntries, sortedTexts } from './stable-order.js';

/**
 * `Alias urlPath path` (when set) and the `<Directory path>` block. Set-like lists are sorted: their order means
 * nothing to Apache, and sorting keeps the bytes stable whatever order the database returned them in.
 */
export function writeDirectory(out: ConfigWriter, dir: Directory): void {
  const where = `Directory ${dir.path}`;
  const path = safeToken(dir.path, 'absolute-path', where, 'path');
  if (dir.urlPath !== null)
    out.directive('Alias', safeToken(dir.urlPath, 'url-path', where, 'urlPath'), path);
  out.block('Directory', [path], () => {
    if (dir.options.length > 0) out.directive('Options', ...texts(dir.options, where, 'Options'));
    if (dir.allowOverride.length > 0) {
      out.directive('AllowOverride', ...texts(dir.allowOverride, where, 'AllowOverride'));
    }
    const handlers =
      dir.handlers.length < 2
        ? dir.handlers
        : [...dir.handlers].sort(
            (a, b) =>
              compareText(a.handler, b.handler) ||
              compareText(sortedTexts(a.extensions).join(' '), sortedTexts(b.extensions).join(' ')),
          );
    for (const h of handlers) {
      out.directive(
        'AddHandler',
        safeToken(h.handler, 'text', where, 'handler'),
        ...texts(h.extensions, where, `AddHandler ${h.handler}`),
      );
    }
    if (dir.restrictProcess !== null) writeRestrictProcess(out, dir.restrictProcess, where);
    for (const [name, value] of sortedEntries(dir.env)) {
      out.directive(
        'SetEnv',
        safeToken(name, 'env-name', where, 'SetEnv'),
        safeToken(value, 'text', where, name),
      );
    }
    if (dir.processGroup !== null) {
      out.directive('WSGIProcessGroup', safeToken(dir.processGroup, 'text', where, 'WSGIProcessGroup'));
    }
  });
}

function texts(values: readonly string[], where: string, detail: string): SafeToken[] {
  return sortedTexts(values).map((v) => safeToken(v, 'text', where, detail));
}

/** An empty list renders as the bare directive, which denies every group (spec §3); the order means nothing. */
export function writeRestrictProcess(out: ConfigWriter, list: readonly string[], where: string): void {
  out.directive('WSGIRestrictProcess', ...sortedTexts(list).map((g) => restrictEntry(g, where)));
}

/** `%{GLOBAL}` is the one non-name token WSGIRestrictProcess understands (it allows embedded mode). */
export function restrictEntry(group: string, where: string): SafeToken {
  return group === '%{GLOBAL}'
    ? safeToken(group, 'text', where, 'WSGIRestrictProcess')
    : safeToken(group, 'group-name', where, 'WSGIRestrictProcess');
}
