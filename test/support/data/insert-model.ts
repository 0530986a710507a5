import type { ServerModel } from '#apache';
import type { Database } from '#api/platform/database/database.js';
import { daemonGroupToRow } from '#api/model-store/mappers/daemon-group.mapper.js';
import { directoryToRow, htaccessRuleToRow } from '#api/model-store/mappers/directory.mapper.js';
import { serverSettingsToRow } from '#api/model-store/mappers/server.mapper.js';
import { tenantToRow } from '#api/model-store/mappers/tenant.mapper.js';
import { virtualHostToRow } from '#api/model-store/mappers/virtual-host.mapper.js';

/** Writes a whole engine model as rows, the way the inventory endpoints would have stored it. */
export async function insertModel(db: Database, model: ServerModel): Promise<void> {
  const { daemonGroups, virtualHosts, tenants, directories, ...settings } = model;
  await db.server.create({ data: serverSettingsToRow(settings) });
  for (const tenant of tenants) await db.tenant.create({ data: tenantToRow(tenant) });
  for (const vhost of virtualHosts) await db.virtualHost.create({ data: virtualHostToRow(vhost, model.id) });
  for (const group of daemonGroups) await db.daemonGroup.create({ data: daemonGroupToRow(group, model.id) });
  for (const directory of directories) {
    await db.directory.create({ data: directoryToRow(directory, model.id) });
    for (const [position, rule] of directory.rules.entries()) {
      await db.htaccessRule.create({ data: htaccessRuleToRow(directory.id, rule, position) });
    }
  }
}
