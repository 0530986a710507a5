import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory } from '../model/server-model.js';
import { isLexicallySafe } from '../syntax/unsafe-characters.js';
import { error, paths } from './diagnostics.js';

const OVERRIDE_CLASSES = new Set(['None', 'All', 'AuthConfig', 'FileInfo', 'Indexes', 'Limit', 'Options']);
const OPTION_KEYWORDS = new Set([
  'None',
  'All',
  'ExecCGI',
  'FollowSymLinks',
  'SymLinksIfOwnerMatch',
  'Includes',
  'IncludesNOEXEC',
  'Indexes',
  'MultiViews',
]);
const HANDLER = /^[A-Za-z0-9][A-Za-z0-9._+/-]{0,127}$/;
const EXTENSION = /^\.?[A-Za-z0-9_-]{1,32}$/;

// Each check pushes into the caller's list and loops by index: a big server's clean directories then
// allocate no array or closure per directive.

function checkAllowOverride(out: Diagnostic[], directory: Directory): void {
  const values = directory.allowOverride;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    if (!OVERRIDE_CLASSES.has(value)) {
      out.push(
        error(
          'INVALID_ALLOW_OVERRIDE',
          paths.directory(directory.id, `allowOverride/${i}`),
          `"${value}" is not an AllowOverride class`,
          `Illegal override option ${value}`,
        ),
      );
    }
  }
  if (directory.allowOverride.includes('None') && directory.allowOverride.length > 1) {
    out.push(
      error(
        'INVALID_ALLOW_OVERRIDE',
        paths.directory(directory.id, 'allowOverride'),
        'None cannot be combined with other classes',
      ),
    );
  }
}

function checkOptions(out: Diagnostic[], directory: Directory): void {
  let signed = 0;
  const options = directory.options;
  for (let i = 0; i < options.length; i++) {
    const raw = options[i] as string;
    // raw.replace(/^[+-]/, '') without a regex per keyword.
    const sign = raw.charCodeAt(0);
    const keyword = sign === 0x2b || sign === 0x2d ? raw.slice(1) : raw;
    if (keyword !== raw) signed++;
    if (isLexicallySafe(raw) && !OPTION_KEYWORDS.has(keyword)) {
      out.push(
        error(
          'INVALID_OPTIONS_KEYWORD',
          paths.directory(directory.id, `options/${i}`),
          `"${raw}" is not an Options keyword`,
          `Illegal option ${keyword}`,
        ),
      );
    }
  }
  if (signed > 0 && signed < directory.options.length) {
    out.push(
      error(
        'INVALID_OPTIONS_KEYWORD',
        paths.directory(directory.id, 'options'),
        'Options must be all +/- prefixed or none',
        'Either all Options must start with + or -, or no Option may.',
      ),
    );
  }
}

function checkHandlers(out: Diagnostic[], directory: Directory): void {
  const handlers = directory.handlers;
  for (let i = 0; i < handlers.length; i++) {
    const mapping = handlers[i] as Directory['handlers'][number];
    if (isLexicallySafe(mapping.handler) && !HANDLER.test(mapping.handler)) {
      out.push(
        error(
          'INVALID_HANDLER',
          paths.directory(directory.id, `handlers/${i}/handler`),
          `"${mapping.handler}" is not a handler name`,
        ),
      );
    }
    if (mapping.extensions.length === 0) {
      out.push(
        error(
          'INVALID_HANDLER',
          paths.directory(directory.id, `handlers/${i}/extensions`),
          'AddHandler needs at least one extension',
        ),
      );
    }
    const extensions = mapping.extensions;
    for (let j = 0; j < extensions.length; j++) {
      const ext = extensions[j] as string;
      if (isLexicallySafe(ext) && !EXTENSION.test(ext)) {
        out.push(
          error(
            'INVALID_HANDLER',
            paths.directory(directory.id, `handlers/${i}/extensions/${j}`),
            `"${ext}" is not a file extension`,
          ),
        );
      }
    }
  }
}

/** AllowOverride, Options and AddHandler values of a <Directory> block, pushed onto `out`. */
export function checkDirectoryDirectives(out: Diagnostic[], directory: Directory): void {
  checkAllowOverride(out, directory);
  checkOptions(out, directory);
  checkHandlers(out, directory);
}
