import {
  DEFAULT_PROCESS_GROUP_VARIABLE,
  type Directory,
  type HandlerMapping,
  type HtaccessRule,
  type OverrideClass,
} from '#apache';
import {
  SQL_NULL,
  type DirectoryColumns,
  type DirectoryRow,
  type HtaccessRuleRow,
  type JsonValue,
} from '../../platform/database/rows.js';
import { CorruptRowError, isRecord, stringArray, stringRecord } from './json-fields.js';

export function htaccessRuleFromRow(row: HtaccessRuleRow): HtaccessRule {
  return {
    ...(row.files !== null ? { files: row.files } : {}),
    ...(row.filesMatch !== null ? { filesMatch: row.filesMatch } : {}),
    variable: row.variable,
    processGroup: row.processGroup,
  };
}

/** The htaccess_rules columns of a rule (the id aside, which the database makes); the .htaccess writes' one mapper. */
export interface HtaccessRuleColumns {
  directoryId: string;
  position: number;
  files: string | null;
  filesMatch: string | null;
  variable: string;
  processGroup: string;
}

export function htaccessRuleToRow(
  directoryId: string,
  rule: HtaccessRule,
  position: number,
): HtaccessRuleColumns {
  return {
    directoryId,
    position,
    files: rule.files ?? null,
    filesMatch: rule.filesMatch ?? null,
    variable: rule.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE,
    processGroup: rule.processGroup,
  };
}

function handlersFromJson(value: JsonValue, fail: () => Error): HandlerMapping[] {
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
): Omit<DirectoryColumns, 'htaccessRevision'> {
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
    restrictProcess: directory.restrictProcess === null ? SQL_NULL : directory.restrictProcess,
    processGroup: directory.processGroup,
    env: directory.env,
  };
}
