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

function checkAllowOverride(directory: Directory): Diagnostic[] {
  const out: Diagnostic[] = [];
  directory.allowOverride.forEach((value, i) => {
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
  });
  if (directory.allowOverride.includes('None') && directory.allowOverride.length > 1) {
    out.push(
      error(
        'INVALID_ALLOW_OVERRIDE',
        paths.directory(directory.id, 'allowOverride'),
        'None cannot be combined with other classes',
      ),
    );
  }
  return out;
}

function checkOptions(directory: Directory): Diagnostic[] {
  const out: Diagnostic[] = [];
  let signed = 0;
  directory.options.forEach((raw, i) => {
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
  });
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
  return out;
}

function checkHandlers(directory: Directory): Diagnostic[] {
  const out: Diagnostic[] = [];
  directory.handlers.forEach((mapping, i) => {
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
    mapping.extensions.forEach((ext, j) => {
      if (isLexicallySafe(ext) && !EXTENSION.test(ext)) {
        out.push(
          error(
            'INVALID_HANDLER',
            paths.directory(directory.id, `handlers/${i}/extensions/${j}`),
            `"${ext}" is not a file extension`,
          ),
        );
      }
    });
  });
  return out;
}

/** AllowOverride, Options and AddHandler values of a <Directory> block. */
export function checkDirectoryDirectives(directory: Directory): Diagnostic[] {
  return [...checkAllowOverride(directory), ...checkOptions(directory), ...checkHandlers(directory)];
}
