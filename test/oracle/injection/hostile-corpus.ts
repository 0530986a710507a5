/** Values that change the meaning of an Apache config line when written unescaped (spec §5.2). */
export const HOSTILE_VALUES: readonly [label: string, value: string][] = [
  ['LF', 'x\nWSGIRestrictEmbedded Off'],
  ['CRLF', 'x\r\nWSGIRestrictEmbedded Off'],
  ['CR', 'x\rWSGIRestrictEmbedded Off'],
  ['trailing backslash', 'x\\'],
  ['interpolation', '${HOME}'],
  ['double quote', 'x"y'],
  ['single quote', "x'y"],
  ['hash', 'x#y'],
  ['NUL', 'x\u0000y'],
  ['U+2028', 'x\u2028y'],
  ['U+2029', 'x\u2029y'],
  ['space', 'x y'],
  ['10 kB', 'x'.repeat(10240)],
];

/** What must never appear in a rendered file: the hostile part of each value. */
export function hostileMarker(value: string): string {
  return value.length > 1000 ? value : value.replace(/^x/, '');
}
