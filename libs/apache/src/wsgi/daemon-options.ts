import type { DaemonOptionValue, ModWsgiVersion } from '../model/server-model.js';
import { isAbsolutePath, isUnixName } from '../syntax/name-patterns.js';
import { findDaemonOption, INVALID_OPTION_MESSAGE, type DaemonOptionSpec } from './daemon-option-table.js';

export type DaemonOptionProblemCode =
  'UNKNOWN_DAEMON_OPTION' | 'OPTION_NOT_IN_VERSION' | 'INVALID_OPTION_VALUE';

export interface DaemonOptionProblem {
  code: DaemonOptionProblemCode;
  message: string;
  apacheMessage: string;
}

const INTEGER = /^-?[0-9]+$/;

/** A plain decimal integer: no suffix (`10G`), no fraction (`1.5`), no junk (`abc`), no booleans. */
export function parseStrictInteger(value: DaemonOptionValue): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== 'string' || !INTEGER.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

function checkInteger(spec: DaemonOptionSpec, value: DaemonOptionValue): string | null {
  const n = parseStrictInteger(value);
  if (n === null) return spec.apacheMessage;
  if (spec.kind === 'buffer-size') {
    if (n === 0) return null;
    return n >= (spec.min ?? 0) && n <= (spec.max ?? Infinity)
      ? null
      : (spec.rangeMessage ?? spec.apacheMessage);
  }
  return n >= (spec.min ?? -Infinity) && n <= (spec.max ?? Infinity) ? null : spec.apacheMessage;
}

function asString(value: DaemonOptionValue): string | null {
  return typeof value === 'string' ? value : null;
}

/** The rejection text for `value`, or null when acceptable. Lexical safety is checked by the validator. */
function valueProblem(spec: DaemonOptionSpec, value: DaemonOptionValue): string | null {
  const s = asString(value);
  switch (spec.kind) {
    case 'integer':
    case 'buffer-size':
      return checkInteger(spec, value);
    case 'octal':
      if (s === null || !/^[0-7]{1,4}$/.test(s)) return spec.apacheMessage;
      return parseInt(s, 8) <= (spec.max ?? 0o777) ? null : spec.apacheMessage;
    case 'absolute-path':
      return s !== null && isAbsolutePath(s) ? null : spec.apacheMessage;
    case 'unix-user':
    case 'unix-group':
      return s !== null && isUnixName(s) ? null : spec.apacheMessage;
    case 'unix-group-list':
      // An empty element silently ends mod_wsgi's list (`bob,,joe` = `bob`), so refuse it.
      return s !== null && s.split(',').every(isUnixName) ? null : spec.apacheMessage;
    case 'on-off':
      if (typeof value === 'boolean') return null;
      return s !== null && /^(on|off)$/i.test(s) ? null : spec.apacheMessage;
    case 'positive-float': {
      const n =
        typeof value === 'number' ? value : s !== null && /^[0-9]+(\.[0-9]+)?$/.test(s) ? Number(s) : NaN;
      return Number.isFinite(n) && n > 0 ? null : spec.apacheMessage;
    }
    case 'text':
      return s !== null || typeof value === 'number' ? null : spec.apacheMessage;
  }
}

/** Everything wrong with one `name=value` option of WSGIDaemonProcess for the server's mod_wsgi version. */
export function checkDaemonOption(
  name: string,
  value: DaemonOptionValue,
  version: ModWsgiVersion,
): DaemonOptionProblem | null {
  const spec = findDaemonOption(name);
  if (spec === undefined) {
    return {
      code: 'UNKNOWN_DAEMON_OPTION',
      message: `"${name}" is not a WSGIDaemonProcess option (names are case-sensitive)`,
      apacheMessage: INVALID_OPTION_MESSAGE,
    };
  }
  if (!spec.versions.includes(version)) {
    return {
      code: 'OPTION_NOT_IN_VERSION',
      message: `"${name}" is not supported by mod_wsgi ${version} (only ${spec.versions.join(', ')})`,
      apacheMessage: INVALID_OPTION_MESSAGE,
    };
  }
  const apacheMessage = valueProblem(spec, value);
  if (apacheMessage === null) return null;
  return {
    code: 'INVALID_OPTION_VALUE',
    message: `${name}=${String(value)} is not a valid value (${describe(spec)})`,
    apacheMessage,
  };
}

function describe(spec: DaemonOptionSpec): string {
  switch (spec.kind) {
    case 'integer':
      return `an integer from ${spec.min} to ${spec.max}, without unit suffix`;
    case 'buffer-size':
      return `0 or an integer of at least ${spec.min}`;
    case 'octal':
      return 'an octal mode such as 022';
    case 'absolute-path':
      return 'an absolute path';
    case 'unix-user':
    case 'unix-group':
      return 'a unix name';
    case 'unix-group-list':
      return 'comma-separated unix group names';
    case 'on-off':
      return 'On or Off';
    case 'positive-float':
      return 'a number greater than 0';
    case 'text':
      return 'a string';
  }
}
