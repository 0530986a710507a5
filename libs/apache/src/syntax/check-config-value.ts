import {
  isAbsolutePath,
  isEnvName,
  isFilesMatchRegex,
  isFilesName,
  isGroupName,
  isServerAlias,
  isServerName,
  isUnixName,
  isUrlPath,
  isVirtualHostAddress,
} from './name-patterns.js';
import { findUnsafeCharacters, isPlainlySafe, type UnsafeReason } from './unsafe-characters.js';

/** What a rendered value is; decides the format check on top of the lexical one. */
export type ConfigValueKind =
  | 'group-name'
  | 'unix-user'
  | 'unix-group'
  | 'absolute-path'
  | 'env-name'
  | 'env-value'
  | 'server-name'
  | 'server-alias'
  | 'address'
  | 'url-path'
  | 'files-name'
  | 'files-match'
  | 'text';

export interface ConfigValueProblem {
  reason: UnsafeReason | 'invalid-format';
  message: string;
}

const FORMATS: Record<ConfigValueKind, { test: (v: string) => boolean; expected: string } | null> = {
  'group-name': { test: isGroupName, expected: 'a group name matching ^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' },
  'unix-user': { test: isUnixName, expected: 'a unix user name such as "bob" (lower case, max 32 chars)' },
  'unix-group': { test: isUnixName, expected: 'a unix group name such as "bob" (lower case, max 32 chars)' },
  'absolute-path': { test: isAbsolutePath, expected: 'an absolute path matching ^/[A-Za-z0-9._/-]+$' },
  'env-name': { test: isEnvName, expected: 'an environment variable name such as PROCESS_GROUP' },
  'env-value': null,
  'server-name': { test: isServerName, expected: 'a host name, optionally with scheme and port' },
  'server-alias': { test: isServerAlias, expected: 'a host name, optionally with * or ? wildcards' },
  address: {
    test: isVirtualHostAddress,
    expected: 'an address such as *:80, 127.0.0.1:8080, [::1]:80 or _default_',
  },
  'url-path': { test: isUrlPath, expected: 'an absolute URL path such as /app/a.wsgi' },
  'files-name': { test: isFilesName, expected: 'a literal file name such as blog.wsgi' },
  'files-match': { test: isFilesMatchRegex, expected: 'a regular expression that compiles' },
  text: null,
};

const WORDS = { allowEscapes: false };
const ESCAPES = { allowEscapes: true };

/**
 * Every problem with `value` as a rendered value of the given kind: lexical (spec §5.2) first, then format.
 * Empty values are a format problem for every kind except env-value and text (the rules decide those).
 */
export function checkConfigValue(value: string, kind: ConfigValueKind): ConfigValueProblem[] {
  const lexical = findUnsafeCharacters(value, kind === 'files-match' ? ESCAPES : WORDS);
  const problems: ConfigValueProblem[] =
    lexical.length === 0 ? [] : lexical.map((p) => ({ reason: p.reason, message: p.message }));
  const format = FORMATS[kind];
  if (format !== null && problems.length === 0 && !format.test(value)) {
    problems.push({ reason: 'invalid-format', message: `is not ${format.expected}` });
  }
  return problems;
}

/**
 * A non-empty value of this kind that checkConfigValue would certainly pass, decided without allocating;
 * false means "run checkConfigValue" (which may still pass it, e.g. non-ASCII text).
 */
export function isSurelyValidConfigValue(value: string, kind: ConfigValueKind): boolean {
  if (value.length === 0 || !isPlainlySafe(value, kind === 'files-match')) return false;
  const format = FORMATS[kind];
  return format === null || format.test(value);
}

export function isValidConfigValue(value: string, kind: ConfigValueKind): boolean {
  return checkConfigValue(value, kind).length === 0;
}
