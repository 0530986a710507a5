import type { DaemonGroup, DaemonOptionValue } from '../model/server-model.js';
import { findDaemonOption } from '../wsgi/daemon-option-table.js';

/** What the arguments of `WSGIDaemonProcess name opt=value …` say about a group. */
export type DaemonArgs = Pick<DaemonGroup, 'name' | 'processes' | 'threads' | 'user' | 'group' | 'options'>;

/** `WSGIDaemonProcess name opt=value …` as the model holds it: numbers for numeric options, On/Off as booleans. */
export function daemonProcessOfArgs(args: readonly string[]): DaemonArgs {
  return readDaemonArgs(args, {
    name: args[0] ?? '',
    processes: null,
    threads: null,
    user: null,
    group: null,
    options: {},
  });
}

/**
 * daemonProcessOfArgs into a group the caller made (its other fields first, in the model's key order), so an import
 * builds one object per group instead of two (40k groups at 10k vhosts). `group` comes with the name, null
 * processes/threads/user/group and empty options.
 */
export function readDaemonArgs<G extends DaemonArgs>(
  args: readonly string[],
  group: G,
  options: DaemonOptionArgs = new DaemonOptionArgs(),
): G {
  // By index: destructuring the rest of the arguments allocated an iterator and an array per group.
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    // Where the value starts: an argument without `=` is an option with an empty value.
    const at = eq === -1 ? arg.length : eq + 1;
    // The four options the model has fields for are recognised in place: no slice of their name or number.
    let count: number;
    if (isOption(arg, eq, 'processes') && (count = digitsValue(arg, at)) >= 0) group.processes = count;
    else if (isOption(arg, eq, 'threads') && (count = digitsValue(arg, at)) >= 0) group.threads = count;
    else if (isOption(arg, eq, 'user')) group.user = arg.slice(at);
    else if (isOption(arg, eq, 'group')) group.group = arg.slice(at);
    else options.read(arg, eq, at, group.options);
  }
  return group;
}

/**
 * The options without a field of their own (`display-name=%{GROUP}`, `maximum-requests=1000`), read once per text: a
 * shared host repeats the same few on each of its 40k groups, and the config reader hands a repeated word over as one
 * string, so the lookup finds it without hashing it again. One per import.
 */
export class DaemonOptionArgs {
  private readonly byText = new Map<string, readonly [option: string, value: DaemonOptionValue]>();

  /** Sets the option `arg` (its `=` at `eq`, its value from `at`) in `options`. */
  read(arg: string, eq: number, at: number, options: Record<string, DaemonOptionValue>): void {
    let known = this.byText.get(arg);
    if (known === undefined) {
      const option = eq === -1 ? arg : arg.slice(0, eq);
      known = [option, optionValue(option, arg.slice(at))];
      this.byText.set(arg, known);
    }
    setOption(options, known[0], known[1]);
  }
}

function setOption(
  options: Record<string, DaemonOptionValue>,
  option: string,
  value: DaemonOptionValue,
): void {
  if (option !== '__proto__') {
    options[option] = value;
    return;
  }
  // defineProperty: a `__proto__` option stays an own key instead of replacing the prototype.
  Object.defineProperty(options, option, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Whether `arg` (with its first `=` at `eq`, or -1) names the option `name`, compared as written. */
function isOption(arg: string, eq: number, name: string): boolean {
  return eq === -1 ? arg === name : eq === name.length && arg.startsWith(name);
}

/**
 * `Number(text.slice(from))` when that text matches /^\d+$/, else -1. Up to 15 digits are summed in place (exact:
 * below 2^53); a longer number goes through Number for its rounding.
 */
export function digitsValue(text: string, from: number): number {
  const end = text.length;
  if (from >= end) return -1;
  let value = 0;
  for (let i = from; i < end; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return end - from <= 15 ? value : Number(text.slice(from));
}

const ZERO = 48;

function optionValue(option: string, raw: string): DaemonOptionValue {
  const kind = findDaemonOption(option)?.kind;
  if ((kind === 'integer' || kind === 'buffer-size') && /^\d+$/.test(raw)) return Number(raw);
  if (kind === 'on-off' && /^(on|off)$/i.test(raw)) return raw.toLowerCase() === 'on';
  return raw;
}
