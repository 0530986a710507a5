import type { Diagnostic } from '../model/diagnostic.js';
import { isAbsolutePath, isUnixName } from '../syntax/name-patterns.js';
import { isLexicallySafe } from '../syntax/unsafe-characters.js';
import { ALL_VERSIONS } from '../wsgi/daemon-option-table.js';
import { error, paths } from './diagnostics.js';
import type { ModelIndex } from './model-index.js';

/**
 * sun_path holds 108 bytes including the NUL; mod_wsgi appends ".<pid>.<generation>.<id>.sock" (about 25
 * characters) to WSGISocketPrefix (spec §1.6), so the prefix may use what is left.
 */
export const MAX_SOCKET_PREFIX_BYTES = 108 - 1 - 25;

export function checkServerSettings({ model }: ModelIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!ALL_VERSIONS.includes(model.modWsgiVersion)) {
    out.push(
      error(
        'UNKNOWN_MOD_WSGI_VERSION',
        paths.server('modWsgiVersion'),
        `mod_wsgi version "${String(model.modWsgiVersion)}" is not one of ${ALL_VERSIONS.join(', ')}`,
      ),
    );
  }
  const prefix = model.socketPrefix;
  if (prefix !== null && isLexicallySafe(prefix)) {
    if (!isAbsolutePath(prefix)) {
      out.push(
        error(
          'INVALID_PATH',
          paths.server('socketPrefix'),
          'WSGISocketPrefix must be an absolute path (^/[A-Za-z0-9._/-]+$)',
        ),
      );
    } else if (Buffer.byteLength(prefix) > MAX_SOCKET_PREFIX_BYTES) {
      out.push(
        error(
          'SOCKET_PREFIX_TOO_LONG',
          paths.server('socketPrefix'),
          `WSGISocketPrefix is longer than ${MAX_SOCKET_PREFIX_BYTES} bytes; the daemon socket path would not fit in sun_path (108 bytes)`,
          'Length of path for daemon process socket exceeds maxmimum allowed value',
        ),
      );
    }
  }
  if (isLexicallySafe(model.configDir) && !isAbsolutePath(model.configDir)) {
    out.push(error('INVALID_PATH', paths.server('configDir'), 'configDir must be an absolute path'));
  }
  for (const field of ['apacheUser', 'apacheGroup'] as const) {
    const value = model[field];
    if (isLexicallySafe(value) && !isUnixName(value)) {
      out.push(error('INVALID_UNIX_NAME', paths.server(field), `"${value}" is not a valid unix name`));
    }
  }
  return out;
}
