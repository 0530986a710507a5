import type { DaemonGroup, DaemonOptionValue } from '../model/server-model.js';
import type { ConfigWriter } from './config-writer.js';
import {
  composeToken,
  decimalToken,
  onOffToken,
  safeToken,
  UnsafeValueError,
  type SafeToken,
} from './safe-token.js';
import { sortedEntries } from './stable-order.js';

/** mod_wsgi option names are lower-case words joined by `-`; anything else could smuggle `=` or spaces. */
const OPTION_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * `WSGIDaemonProcess name processes=N threads=N user=U group=G <other options by name>`.
 * The four common options come first so the lines read like the mod_wsgi docs; the rest are sorted.
 */
export function writeDaemonProcess(out: ConfigWriter, group: DaemonGroup): void {
  const where = `WSGIDaemonProcess ${group.name}`;
  const args: SafeToken[] = [safeToken(group.name, 'group-name', where, 'name')];
  if (group.processes !== null)
    args.push(option('processes', decimalToken(group.processes, where, 'processes')));
  if (group.threads !== null) args.push(option('threads', decimalToken(group.threads, where, 'threads')));
  if (group.user !== null) args.push(option('user', safeToken(group.user, 'unix-user', where, 'user')));
  if (group.group !== null) args.push(option('group', safeToken(group.group, 'unix-group', where, 'group')));
  for (const [name, value] of sortedEntries(group.options)) {
    if (!OPTION_NAME.test(name))
      throw new UnsafeValueError(`${where} option name`, name, ['is not an option name']);
    args.push(option(name, optionValue(value, where, name)));
  }
  out.directive('WSGIDaemonProcess', ...args);
}

function option(name: string, value: SafeToken): SafeToken {
  return composeToken([name as SafeToken, '=', value], 'option', name);
}

/** Numbers in decimal, booleans (server-metrics) as On/Off, strings checked like any other value. */
function optionValue(value: DaemonOptionValue, where: string, name: string): SafeToken {
  if (typeof value === 'number') return decimalToken(value, where, name);
  if (typeof value === 'boolean') return onOffToken(value);
  return safeToken(value, 'text', where, name);
}
