import fc from 'fast-check';

/** Strings an attacker (or a careless script) sends: the injection surface of the spec, and what breaks parsers. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'line\nbreak',
  'cr\rlf',
  'tail\\',
  'quote"',
  "single'",
  '${APACHE_LOG_DIR}',
  '%{ENV:X}',
  '# comment',
  '<Directory />',
  '../../etc/passwd',
  '/home/joe/public_html',
  'x'.repeat(10_000),
  '\u202e\u200b',
  '😀',
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  '-1',
  '1e309',
];

/** Keys that trip code which treats a JSON object as a map (prototype members). */
export const HOSTILE_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: fc.string() },
  );

export const hostileNumber = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.constantFrom(0, -1, 1, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, 0.5, -0),
    fc.integer(),
    fc.double({ noNaN: true }),
  );

/** Any JSON value at all, nested: the "wrong type" case for every field. */
export const anyJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    hostileString(),
    hostileNumber(),
    fc.boolean(),
    fc.constant(null),
    fc.array(hostileString(), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...HOSTILE_KEYS, 'a', 'b'), hostileString(), { maxKeys: 3 }),
    deepNesting(),
  );

/** Deeply nested arrays and objects (parsers and recursive validators). */
export const deepNesting = (): fc.Arbitrary<unknown> =>
  fc.integer({ min: 20, max: 300 }).map((depth) => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
    return value;
  });

/** Values a real client sends, so a share of the generated bodies is valid and reaches the database and the engine. */
export const PLAUSIBLE_STRINGS: readonly string[] = [
  'bob:2',
  'joe:1',
  'default',
  'fuzz:1',
  '%{GLOBAL}',
  '%{ENV:PROCESS_GROUP}',
  'PROCESS_GROUP',
  'www.site.com',
  'fuzz.example',
  '*:80',
  '*:8080',
  '/home/bob/public_html',
  '/home/bob/public_html/app',
  '/srv/www',
  '/~bob',
  'FileInfo',
  'ExecCGI',
  'wsgi-script',
  '.wsgi',
  'blog.wsgi',
  '^app[0-9]\\.wsgi$',
  'bob',
  'joe',
  'tenant',
  'admin',
  'a-very-long-Passphrase-4711!',
];

export const plausibleString = (): fc.Arbitrary<string> => fc.constantFrom(...PLAUSIBLE_STRINGS);
export const plausibleNumber = (): fc.Arbitrary<number> => fc.integer({ min: 0, max: 50 });
