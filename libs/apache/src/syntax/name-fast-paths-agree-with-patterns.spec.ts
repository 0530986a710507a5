import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isServerName, isVirtualHostAddress } from './name-patterns.js';

// The patterns as they stood before the character-loop fast paths, which must not change any answer.
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const PORT = '(?::(?<port>[0-9]{1,5}))?';
const SERVER_NAME = new RegExp(`^(?:https?://)?(?<host>${LABEL}(?:\\.${LABEL})*)${PORT}$`);
const IPV4 =
  '(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const ADDRESS = new RegExp(`^(?:\\*|_default_|${IPV4}|\\[(?<v6>[0-9A-Fa-f:.]{2,45})\\])${PORT}$`);

function validPort(port: string | undefined): boolean {
  if (port === undefined) return true;
  const n = Number(port);
  return n >= 1 && n <= 65535 && !port.startsWith('0');
}

function byServerNamePattern(value: string): boolean {
  const m = SERVER_NAME.exec(value);
  return m !== null && value.length <= 253 && validPort(m.groups?.port);
}

function byAddressPattern(value: string): boolean {
  const m = ADDRESS.exec(value);
  if (m === null || !validPort(m.groups?.port)) return false;
  const v6 = m.groups?.v6;
  return v6 === undefined || (v6.includes(':') && !/:::/.test(v6));
}

const joined = (labels: string[][]) => labels.map((chars) => chars.join(''));
// Mostly valid characters (so both answers occur), sometimes ones the patterns refuse.
const label: fc.Arbitrary<string[]> = fc.oneof(
  fc.array(fc.constantFrom('a', 'Z', '0', '9', '-'), { maxLength: 66 }),
  fc.array(fc.constantFrom('a', '-', 'é', '_', ':', '/'), { maxLength: 4 }),
);
const hostName = fc
  .array(fc.oneof(label, fc.constant([] as string[])), { minLength: 1, maxLength: 5 })
  .map((labels) => joined(labels).join('.'));
const port = fc.oneof(
  fc.constant(''),
  fc.constantFrom(':', ':0', ':00', ':1', ':80', ':65535', ':65536', ':99999', ':123456', ':8a', ': 8'),
  fc.nat(200000).map((n) => `:${n}`),
);
const address = fc
  .tuple(fc.constantFrom('*', '_default_', '**', '_default', '10.0.0.1', '[::1]', 'x', ''), port)
  .map(([host, p]) => host + p);

describe('name fast paths', () => {
  it('isServerName answers as the pattern does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostName,
          fc.tuple(hostName, port).map(([h, p]) => h + p),
          fc.string(),
        ),
        (v) => {
          expect(isServerName(v)).toBe(byServerNamePattern(v));
        },
      ),
      { numRuns: 5000 },
    );
    expect(isServerName(`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`)).toBe(
      true,
    );
    expect(isServerName(`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}`)).toBe(
      false,
    );
  });

  it('isVirtualHostAddress answers as the pattern does', () => {
    fc.assert(
      fc.property(fc.oneof(address, fc.string()), (v) => {
        expect(isVirtualHostAddress(v)).toBe(byAddressPattern(v));
      }),
      { numRuns: 5000 },
    );
  });
});
