import type { DaemonGroup, DaemonOptionValue } from '../model/server-model.js';
import { findDaemonOption } from '../wsgi/daemon-option-table.js';

/** `WSGIDaemonProcess name opt=value …` as the model holds it: numbers for numeric options, On/Off as booleans. */
export function daemonProcessOfArgs(
  args: readonly string[],
): Pick<DaemonGroup, 'name' | 'processes' | 'threads' | 'user' | 'group' | 'options'> {
  const name = args[0] ?? '';
  const group: Pick<DaemonGroup, 'name' | 'processes' | 'threads' | 'user' | 'group' | 'options'> = {
    name,
    processes: null,
    threads: null,
    user: null,
    group: null,
    options: {},
  };
  // By index: destructuring the rest of the arguments allocated an iterator and an array per group (40k at 10k vhosts).
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const option = eq === -1 ? arg : arg.slice(0, eq);
    const raw = eq === -1 ? '' : arg.slice(eq + 1);
    if (option === 'processes' && /^\d+$/.test(raw)) group.processes = Number(raw);
    else if (option === 'threads' && /^\d+$/.test(raw)) group.threads = Number(raw);
    else if (option === 'user') group.user = raw;
    else if (option === 'group') group.group = raw;
    else if (option !== '__proto__') group.options[option] = optionValue(option, raw);
    // defineProperty: a `__proto__` option stays an own key instead of replacing the prototype.
    else
      Object.defineProperty(group.options, option, {
        value: optionValue(option, raw),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return group;
}

function optionValue(option: string, raw: string): DaemonOptionValue {
  const kind = findDaemonOption(option)?.kind;
  if ((kind === 'integer' || kind === 'buffer-size') && /^\d+$/.test(raw)) return Number(raw);
  if (kind === 'on-off' && /^(on|off)$/i.test(raw)) return raw.toLowerCase() === 'on';
  return raw;
}
