import type { Diagnostic } from '../model/diagnostic.js';
import type { DaemonGroup, Directory, VirtualHost } from '../model/server-model.js';
import { MAX_LINE_BYTES } from '../render/line-limit.js';
import { error, paths } from './diagnostics.js';
import type { ModelIndex } from './model-index.js';

/*
 * Each value is capped (MAX_CONFIG_VALUE_BYTES), but a directive that writes a whole list on one line is not:
 * 2,000 ServerAliases or two 4 kB daemon options make a line the writer refuses (issue 9, finding 3). The
 * sizes below follow the writer exactly: indentation (4 spaces per open block), directive, one space per
 * argument. A UTF-16 unit is at most 3 UTF-8 bytes, so short lists are cleared by a loop over lengths alone.
 */

const VHOST_INDENT = 4;
const DIRECTORY_INDENT = 8;

function utf8Bytes(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}

/** Bytes of `indent + directive + (' ' + value)*` + `extra`, or 0 when it surely fits (the common case). */
function listLineBytes(indent: number, directive: string, values: readonly string[], extra = 0): number {
  let units = 0;
  for (let i = 0; i < values.length; i++) units += (values[i] as string).length + 1;
  const fixed = indent + directive.length + extra;
  if (fixed + 3 * units <= MAX_LINE_BYTES) return 0;
  let bytes = fixed;
  for (let i = 0; i < values.length; i++) bytes += utf8Bytes(values[i] as string) + 1;
  return bytes;
}

function tooLong(path: string, directive: string, bytes: number): Diagnostic {
  return error(
    'CONFIG_LINE_TOO_LONG',
    path,
    `the rendered ${directive} line would be ${bytes} bytes; Apache reads at most ${MAX_LINE_BYTES}`,
  );
}

type Owner = 'group' | 'vhost' | 'directory';

/** Reports `bytes` when it is too long; the path is built only then. */
function check(
  out: Diagnostic[],
  owner: Owner,
  id: string,
  field: string | number,
  directive: string,
  bytes: number,
): void {
  if (bytes <= MAX_LINE_BYTES) return;
  const path =
    typeof field === 'number' ? paths.directory(id, `handlers/${field}/extensions`) : paths[owner](id, field);
  out.push(tooLong(path, directive, bytes));
}

/** How the writer spells an option value: numbers via String, booleans as On/Off. */
function optionText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'On' : 'Off';
  return String(value);
}

/** No number String()s longer than this ("-1.2345678901234567e-123"), so the estimate needs no string. */
const NUMBER_UNITS = 24;

/** An upper bound of a value's UTF-16 length, allocating nothing. */
function unitsAtMost(value: unknown): number {
  return typeof value === 'string' ? value.length : NUMBER_UNITS;
}

/** `WSGIDaemonProcess name processes=N threads=N user=U group=G name=value…` (daemon-process.render.ts). */
function daemonLineBytes(group: DaemonGroup): number {
  let units = group.name.length;
  if (group.processes !== null) units += 11 + NUMBER_UNITS;
  if (group.threads !== null) units += 9 + NUMBER_UNITS;
  if (group.user !== null) units += 6 + group.user.length;
  if (group.group !== null) units += 7 + group.group.length;
  for (const name in group.options) {
    if (Object.hasOwn(group.options, name)) units += name.length + 2 + unitsAtMost(group.options[name]);
  }
  const fixed = (group.virtualHostId === null ? 0 : VHOST_INDENT) + 'WSGIDaemonProcess '.length;
  if (fixed + 3 * units <= MAX_LINE_BYTES) return 0;
  let bytes = fixed + utf8Bytes(group.name);
  if (group.processes !== null) bytes += 11 + String(group.processes).length;
  if (group.threads !== null) bytes += 9 + String(group.threads).length;
  if (group.user !== null) bytes += 6 + utf8Bytes(group.user);
  if (group.group !== null) bytes += 7 + utf8Bytes(group.group);
  for (const name in group.options) {
    if (Object.hasOwn(group.options, name)) {
      bytes += utf8Bytes(name) + 2 + utf8Bytes(optionText(group.options[name]));
    }
  }
  return bytes;
}

function checkVirtualHostLines(vhost: VirtualHost, out: Diagnostic[]): void {
  // `<VirtualHost a b>`: the `>` is the one extra byte.
  const addresses = listLineBytes(0, '<VirtualHost', vhost.addresses, 1);
  check(out, 'vhost', vhost.id, 'addresses', '<VirtualHost>', addresses);
  const aliases = listLineBytes(VHOST_INDENT, 'ServerAlias', vhost.serverAliases);
  check(out, 'vhost', vhost.id, 'serverAliases', 'ServerAlias', aliases);
  if (vhost.restrictProcess !== null && vhost.restrictProcess !== undefined) {
    const bytes = listLineBytes(VHOST_INDENT, 'WSGIRestrictProcess', vhost.restrictProcess);
    check(out, 'vhost', vhost.id, 'restrictProcess', 'WSGIRestrictProcess', bytes);
  }
}

/** The list directives of one `<Directory>` block (directory.render.ts). */
export function checkDirectoryLines(d: Directory, out: Diagnostic[]): void {
  check(out, 'directory', d.id, 'options', 'Options', listLineBytes(DIRECTORY_INDENT, 'Options', d.options));
  const overrides = listLineBytes(DIRECTORY_INDENT, 'AllowOverride', d.allowOverride);
  check(out, 'directory', d.id, 'allowOverride', 'AllowOverride', overrides);
  for (let i = 0; i < d.handlers.length; i++) {
    const h = d.handlers[i] as Directory['handlers'][number];
    const bytes = listLineBytes(DIRECTORY_INDENT, 'AddHandler', h.extensions, utf8Bytes(h.handler) + 1);
    check(out, 'directory', d.id, i, 'AddHandler', bytes);
  }
  if (d.restrictProcess !== null) {
    const bytes = listLineBytes(DIRECTORY_INDENT, 'WSGIRestrictProcess', d.restrictProcess);
    check(out, 'directory', d.id, 'restrictProcess', 'WSGIRestrictProcess', bytes);
  }
}

/** CONFIG_LINE_TOO_LONG for one directory: what validateDirectory re-checks after an edit. */
export function checkDirectoryLineLengths(directory: Directory): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkDirectoryLines(directory, out);
  return out;
}

/**
 * CONFIG_LINE_TOO_LONG for every rendered line that a list (or many long daemon options) would push past
 * Apache's limit.
 */
export function checkLineLengths(index: ModelIndex): Diagnostic[] {
  const out = checkLineLengthsOutsideDirectories(index);
  // An index loop: for-of allocates an iterator result per item until optimized (see checkDaemonIdentity).
  const directories = index.model.directories;
  for (let i = 0; i < directories.length; i++) checkDirectoryLines(directories[i] as Directory, out);
  return out;
}

/** checkLineLengths up to the directories: the groups, the server and the vhosts, in that order. */
export function checkLineLengthsOutsideDirectories({ model }: ModelIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Index loops: for-of allocates an iterator result per item until optimized (see checkDaemonIdentity).
  const { daemonGroups, virtualHosts } = model;
  for (let i = 0; i < daemonGroups.length; i++) {
    const group = daemonGroups[i] as DaemonGroup;
    check(out, 'group', group.id, 'options', 'WSGIDaemonProcess', daemonLineBytes(group));
  }
  if (model.restrictProcess !== null && model.restrictProcess !== undefined) {
    const bytes = listLineBytes(0, 'WSGIRestrictProcess', model.restrictProcess);
    if (bytes > MAX_LINE_BYTES)
      out.push(tooLong(paths.server('restrictProcess'), 'WSGIRestrictProcess', bytes));
  }
  for (let i = 0; i < virtualHosts.length; i++) checkVirtualHostLines(virtualHosts[i] as VirtualHost, out);
  return out;
}
