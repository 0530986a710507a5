import { Prisma } from '#db';

/*
 * The database's vocabulary for the code that translates rows (the mappers and presenters): what a row
 * reads as, what a create takes, and how to say SQL NULL in a JSON column. Named here once, so nothing
 * outside the repositories and this folder needs the generated client.
 */
export type {
  ApiToken as ApiTokenRow,
  AuditEvent as AuditEventRow,
  DaemonGroup as DaemonGroupRow,
  Directory as DirectoryRow,
  HtaccessRule as HtaccessRuleRow,
  Server as ServerRow,
  Tenant as TenantRow,
  User as UserRow,
  VirtualHost as VirtualHostRow,
  WsgiMount as WsgiMountRow,
} from '#db';

export type DaemonGroupColumns = Prisma.DaemonGroupUncheckedCreateInput;
export type DirectoryColumns = Prisma.DirectoryUncheckedCreateInput;
export type ServerColumns = Prisma.ServerUncheckedCreateInput;
export type TenantColumns = Prisma.TenantUncheckedCreateInput;
export type VirtualHostColumns = Prisma.VirtualHostUncheckedCreateInput;
export type WsgiMountColumns = Prisma.WsgiMountUncheckedCreateInput;

/** A JSON column's value as read. */
export type JsonValue = Prisma.JsonValue;
export type JsonObject = Prisma.JsonObject;
/** A JSON column's value as written. */
export type InputJsonValue = Prisma.InputJsonValue;

/** SQL NULL in a nullable JSON column (plain `null` would be ambiguous with the JSON literal null). */
export const SQL_NULL = Prisma.DbNull;
export type SqlNull = typeof Prisma.DbNull;

/** daemon_groups.name_key, on which (server_id, name_key) is unique: the name as mod_wsgi compares it. */
export { daemonGroupNameKey } from '#db';
