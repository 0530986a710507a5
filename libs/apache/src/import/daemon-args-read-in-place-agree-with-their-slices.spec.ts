import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { DaemonOptionValue } from '../model/server-model.js';
import { findDaemonOption } from '../wsgi/daemon-option-table.js';
import {
  type DaemonArgs,
  DaemonOptionArgs,
  daemonProcessOfArgs,
  digitsValue,
  readDaemonArgs,
} from './daemon-process-args.js';

const chars = (char: fc.Arbitrary<string>, length: { minLength?: number; maxLength: number }) =>
  fc.array(char, length).map((cs) => cs.join(''));

/** daemonProcessOfArgs as it was: each argument sliced into option and value, numbers matched by regex. */
function bySlices(args: readonly string[]): DaemonArgs {
  const group: DaemonArgs = {
    name: args[0] ?? '',
    processes: null,
    threads: null,
    user: null,
    group: null,
    options: {},
  };
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const option = eq === -1 ? arg : arg.slice(0, eq);
    const raw = eq === -1 ? '' : arg.slice(eq + 1);
    if (option === 'processes' && /^\d+$/.test(raw)) group.processes = Number(raw);
    else if (option === 'threads' && /^\d+$/.test(raw)) group.threads = Number(raw);
    else if (option === 'user') group.user = raw;
    else if (option === 'group') group.group = raw;
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

// Option names the fast path compares in place, their prefixes and extensions, and others of every kind.
const name = fc.constantFrom(
  'processes',
  'process',
  'processesx',
  'threads',
  'thread',
  'user',
  'users',
  'use',
  'group',
  'groups',
  'Group',
  'maximum-requests',
  'display-name',
  'server-metrics',
  '__proto__',
  '',
);
const value = fc.oneof(
  chars(fc.constantFrom('0', '1', '9', '=', 'a', '/', ' ', '-', '٣'), { maxLength: 6 }),
  chars(fc.constantFrom('0', '7', '9'), { minLength: 14, maxLength: 25 }),
  fc.constantFrom('On', 'off', 'oN', ''),
);
const argument = fc.oneof(
  fc.tuple(name, value).map(([n, v]) => `${n}=${v}`),
  name,
  fc.string({ maxLength: 8 }),
);

describe('WSGIDaemonProcess arguments read in place', () => {
  it('give the group their slices give, with the options of earlier groups already read', () => {
    fc.assert(
      fc.property(fc.array(fc.array(argument, { maxLength: 8 }), { maxLength: 4 }), (groups) => {
        const options = new DaemonOptionArgs();
        for (const rest of groups) {
          const args = ['app', ...rest];
          const fast = readDaemonArgs(
            args,
            { name: 'app', processes: null, threads: null, user: null, group: null, options: {} },
            options,
          );
          const slow = bySlices(args);
          expect(fast).toEqual(slow);
          expect(daemonProcessOfArgs(args)).toEqual(slow);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
          expect(Object.getPrototypeOf(fast.options)).toBe(Object.prototype);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('read a number as Number reads the digits the regex accepts', () => {
    fc.assert(
      fc.property(value, fc.nat(), (text, at) => {
        const from = at % (text.length + 2);
        const raw = text.slice(from);
        expect(digitsValue(text, from)).toBe(/^\d+$/.test(raw) ? Number(raw) : -1);
      }),
      { numRuns: 5000 },
    );
  });
});
