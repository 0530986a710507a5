import type { Diagnostic } from '../model/diagnostic.js';
import type { DaemonGroup, DaemonOptionValue, ModWsgiVersion } from '../model/server-model.js';
import { rendersAsDecimal } from '../render/safe-token.js';
import { checkDaemonOption } from '../wsgi/daemon-options.js';
import { error, paths, segment, warning } from './diagnostics.js';
import type { ModelIndex } from './model-index.js';

/** Options the model keeps in dedicated fields; repeating them in `options` would render them twice. */
const DEDICATED = new Set(['processes', 'threads', 'user', 'group']);

function optionPath(group: DaemonGroup, name: string): string {
  return paths.group(group.id, `options/${segment(name)}`);
}

function checkGroupOptions(out: Diagnostic[], group: DaemonGroup, version: ModWsgiVersion): void {
  for (const field of ['processes', 'threads'] as const) {
    const value = group[field];
    if (value === null) continue;
    const problem = checkDaemonOption(field, value, version);
    if (problem !== null) {
      out.push(error(problem.code, paths.group(group.id, field), problem.message, problem.apacheMessage));
    }
  }
  // for-in over own keys visits what Object.entries lists, in its order, without a pair array per option.
  const options = group.options;
  for (const name in options) {
    if (!Object.hasOwn(options, name)) continue;
    const value = options[name] as DaemonOptionValue;
    // The path is built only for a diagnostic: nearly every option is fine, and segment() runs two replaces.
    if (DEDICATED.has(name)) {
      out.push(
        error(
          'DUPLICATE_DAEMON_OPTION',
          optionPath(group, name),
          `set "${name}" through the daemon group's own field`,
        ),
      );
    }
    const problem = checkDaemonOption(name, value, version);
    if (problem !== null)
      out.push(error(problem.code, optionPath(group, name), problem.message, problem.apacheMessage));
    else if (typeof value === 'number' && !rendersAsDecimal(value)) {
      // Accepted as a number (a free-text or float option), but String() would write 1e+21 or 1e-7.
      out.push(
        error(
          'INVALID_OPTION_VALUE',
          optionPath(group, name),
          `${name}=${String(value)} must be a plain decimal number`,
        ),
      );
    }
  }
  if ('script-user' in group.options && 'script-group' in group.options) {
    out.push(
      error(
        'CONFLICTING_DAEMON_OPTIONS',
        paths.group(group.id, 'options/script-group'),
        'script-user and script-group cannot both be set',
        'Only one of script-user and script-group allowed.',
      ),
    );
  }
  if ('chroot' in group.options) {
    out.push(
      warning(
        'DEPRECATED_DAEMON_OPTION',
        paths.group(group.id, 'options/chroot'),
        'chroot is deprecated in mod_wsgi 6 and needs Apache to start as root',
      ),
    );
  }
}

export function checkDaemonOptions({ model }: ModelIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  // An index loop: for-of allocates an iterator result per group until optimized (see checkDaemonIdentity).
  const groups = model.daemonGroups;
  for (let i = 0; i < groups.length; i++)
    checkGroupOptions(out, groups[i] as DaemonGroup, model.modWsgiVersion);
  return out;
}
