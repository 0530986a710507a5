import { Prisma, type Directory as DirectoryRow, type HtaccessRule as HtaccessRuleRow } from '#db';
import type { Directory, HandlerMapping, HtaccessRule, OverrideClass } from '#apache';
import { CorruptRowError, isRecord, stringArray, stringRecord } from './json-fields.js';

export function htaccessRuleFromRow(row: HtaccessRuleRow): HtaccessRule {
  return {
    ...(row.files !== null ? { files: row.files } : {}),
    ...(row.filesMatch !== null ? { filesMatch: row.filesMatch } : {}),
    variable: row.variable,
    processGroup: row.processGroup,
  };
}

function handlersFromJson(value: Prisma.JsonValue, fail: () => Error): HandlerMapping[] {
  if (!Array.isArray(value)) throw fail();
  return value.map((item) => {
    if (!isRecord(item) || typeof item.handler !== 'string') throw fail();
    return { handler: item.handler, extensions: stringArray(item.extensions, fail) };
  });
}

/** `rules` are the rows of htaccess_rules for this directory, in position order. */
export function directoryFromRow(row: DirectoryRow, rules: readonly HtaccessRuleRow[]): Directory {
  const fail = (column: string) => () => new CorruptRowError('directories', row.id, column);
  return {
    id: row.id,
    virtualHostId: row.virtualHostId,
    tenantId: row.tenantId,
    path: row.path,
    urlPath: row.urlPath,
    // The engine's validate() refuses unknown override classes, so the cast never hides a bad value.
    allowOverride: row.allowOverride as OverrideClass[],
    options: row.options,
    handlers: handlersFromJson(row.handlers, fail('handlers')),
    restrictProcess:
      row.restrictProcess === null ? null : stringArray(row.restrictProcess, fail('restrict_process')),
    processGroup: row.processGroup,
    env: stringRecord(row.env, fail('env')),
    rules: rules.map(htaccessRuleFromRow),
  };
}

/** The directory's own columns; its rules live in htaccess_rules and are written by the .htaccess feature. */
export function directoryToRow(
  directory: Directory,
  serverId: string,
): Omit<Prisma.DirectoryUncheckedCreateInput, 'htaccessRevision'> {
  return {
    id: directory.id,
    virtualHostId: directory.virtualHostId,
    serverId,
    tenantId: directory.tenantId,
    path: directory.path,
    urlPath: directory.urlPath,
    allowOverride: directory.allowOverride,
    options: directory.options,
    handlers: directory.handlers.map((h) => ({ handler: h.handler, extensions: h.extensions })),
    // SQL NULL = no WSGIRestrictProcess directive; [] is a real (deny-all) list.
    restrictProcess: directory.restrictProcess === null ? Prisma.DbNull : directory.restrictProcess,
    processGroup: directory.processGroup,
    env: directory.env,
  };
}
