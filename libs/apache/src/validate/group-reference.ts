import type { Diagnostic } from '../model/diagnostic.js';
import { DEFAULT_PROCESS_GROUP_VARIABLE, type DaemonGroup, type VirtualHost } from '../model/server-model.js';
import { isEnvName, isGroupName } from '../syntax/name-patterns.js';
import { isLexicallySafe } from '../syntax/unsafe-characters.js';
import { asciiLower, GLOBAL_TOKEN } from '../wsgi/restrict-list.js';
import { isGroupVisibleFrom } from '../wsgi/visibility.js';
import { apacheText, error } from './diagnostics.js';
import type { ModelIndex } from './model-index.js';

export type ProcessGroupValue =
  | { form: 'global' }
  | { form: 'env'; variable: string }
  | { form: 'literal'; name: string }
  | { form: 'invalid'; reason: string };

const ENV_PREFIX = '%{ENV:';
const DEFAULT_SELECTOR = `${ENV_PREFIX}${DEFAULT_PROCESS_GROUP_VARIABLE}}`;
const DEFAULT_VARIABLE_FOLDED = asciiLower(DEFAULT_PROCESS_GROUP_VARIABLE);

/**
 * The NAME of `%{ENV:NAME}` (no `}` inside), else null: what /^%\{ENV:([^}]*)\}$/ captures, without a
 * match array per call (every directory and rule of a big server parses its effective group).
 */
export function envReferenceVariable(value: string): string | null {
  const last = value.length - 1;
  if (!value.startsWith(ENV_PREFIX) || value.charCodeAt(last) !== 0x7d /* } */) return null;
  return value.indexOf('}', ENV_PREFIX.length) === last ? value.slice(ENV_PREFIX.length, last) : null;
}

/**
 * The ASCII-folded variable a WSGIProcessGroup `%{ENV:NAME}` selects by, else null: what
 * `parsed.form === 'env' ? asciiLower(parsed.variable) : null` gives, without the parse result per directory.
 */
export function envSelector(value: string | null): string | null {
  if (value === null) return null;
  // %{ENV:PROCESS_GROUP}, nearly every selector: its folded variable without a substring and a lower-case copy.
  if (value === DEFAULT_SELECTOR) return DEFAULT_VARIABLE_FOLDED;
  const variable = envReferenceVariable(value);
  return variable !== null && isEnvName(variable) ? asciiLower(variable) : null;
}

/**
 * What `parsed.form === 'global' ? '' : parsed.form === 'literal' ? parsed.name : null` gives for
 * parsed = parseProcessGroup(value) (the group name a request expands it to), without the parse result.
 */
export function expandedGroupName(value: string): string | null {
  if (value === '') return null;
  if (value === GLOBAL_TOKEN) return '';
  // Every other %... value parses as an %{ENV:...} selector or as invalid.
  return value.charCodeAt(0) === 0x25 /* % */ ? null : value;
}

const GLOBAL: ProcessGroupValue = Object.freeze({ form: 'global' });

/** How mod_wsgi reads a WSGIProcessGroup value (spec §2.2), narrowed to what Hostplane accepts. */
export function parseProcessGroup(value: string): ProcessGroupValue {
  if (value === '') return { form: 'invalid', reason: 'is empty' };
  if (value === GLOBAL_TOKEN) return GLOBAL;
  const variable = envReferenceVariable(value);
  if (variable !== null) {
    return isEnvName(variable)
      ? { form: 'env', variable }
      : { form: 'invalid', reason: `names an invalid environment variable "${variable}"` };
  }
  if (value.startsWith('%')) {
    return {
      form: 'invalid',
      reason: 'is a %{...} value that does not name a daemon group (%{SERVER}, %{HOST}, ...)',
    };
  }
  return { form: 'literal', name: value };
}

/**
 * A literal group name used from `vhost`: it must exist with exactly this case (mod_wsgi's lookup is
 * case-sensitive while restriction lists are not, spec §8) and be visible from the vhost (spec §2.5).
 * Returns the diagnostics and the group when it resolves.
 */
export function checkLiteralGroup(
  index: ModelIndex,
  name: string,
  vhost: VirtualHost | undefined,
  /** Or a function that builds it, called only for a diagnostic (a caller checking 10^4 mounts builds none). */
  where: string | (() => string),
): { diagnostics: Diagnostic[]; group: DaemonGroup | null } {
  const path = (): string => (typeof where === 'string' ? where : where());
  // Lexically unsafe values are reported once, by the injection rule.
  if (!isLexicallySafe(name)) return { diagnostics: [], group: null };
  const group = index.groupsByName.get(name);
  if (group === undefined) {
    const similar = index.groupsByFoldedName.get(asciiLower(name));
    if (similar !== undefined && similar.length > 0) {
      const real = similar.map((g) => g.name).join(', ');
      return {
        diagnostics: [
          error(
            'GROUP_NAME_CASE_MISMATCH',
            path(),
            `"${name}" differs only by case from ${real}; daemon names are case-sensitive but restriction lists are not`,
            apacheText.unknownGroup(name),
          ),
        ],
        group: null,
      };
    }
    const message = isGroupName(name)
      ? `no daemon group is called "${name}"`
      : `"${name}" is not a valid group name`;
    return {
      diagnostics: [error('UNKNOWN_GROUP', path(), message, apacheText.unknownGroup(name))],
      group: null,
    };
  }
  if (vhost !== undefined && !isGroupVisibleFrom(group, vhost, index.vhostsById)) {
    return {
      diagnostics: [
        error(
          'GROUP_NOT_VISIBLE',
          path(),
          `"${name}" is defined in a virtual host with another ServerName and cannot be used from ${vhost.serverName}`,
          apacheText.notVisible(name),
        ),
      ],
      group,
    };
  }
  return { diagnostics: [], group };
}

/**
 * A WSGIProcessGroup directive value (vhost or <Directory>): %{GLOBAL}, %{ENV:NAME} or a literal
 * existing, visible group.
 */
export function checkProcessGroupDirective(
  index: ModelIndex,
  value: string,
  vhost: VirtualHost | undefined,
  path: string,
): Diagnostic[] {
  const parsed = parseProcessGroup(value);
  if (parsed.form === 'invalid') {
    const apacheMessage =
      value === '' ? 'WSGIProcessGroup takes one argument, Name of the WSGI process group.' : undefined;
    return [error('INVALID_PROCESS_GROUP', path, `WSGIProcessGroup ${parsed.reason}`, apacheMessage)];
  }
  if (parsed.form === 'literal') return checkLiteralGroup(index, parsed.name, vhost, path).diagnostics;
  return [];
}
