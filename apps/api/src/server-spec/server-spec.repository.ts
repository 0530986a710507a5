import { Inject, Injectable } from '@nestjs/common';
import type { DaemonGroup, Directory, ServerModel, Tenant, VirtualHost, WsgiMount } from '#apache';
import type { Database, Transaction } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import { daemonGroupToRow } from '../model-store/mappers/daemon-group.mapper.js';
import { directoryToRow, htaccessRuleToRow } from '../model-store/mappers/directory.mapper.js';
import { serverSettingsToRow } from '../model-store/mappers/server.mapper.js';
import { tenantFromRow, tenantToRow } from '../model-store/mappers/tenant.mapper.js';
import { virtualHostToRow } from '../model-store/mappers/virtual-host.mapper.js';
import { wsgiMountToRow } from '../model-store/mappers/wsgi-mount.mapper.js';

/** What to write so that the server's rows equal the desired model; computed by the use case, written here. */
export interface ServerSpecChanges {
  readonly settingsChanged: boolean;
  readonly tenants: { readonly create: readonly Tenant[]; readonly update: readonly Tenant[] };
  readonly virtualHosts: Changes<VirtualHost>;
  readonly daemonGroups: Changes<DaemonGroup>;
  readonly directories: Changes<Directory> & { readonly rulesChanged: ReadonlySet<string> };
  readonly wsgiMounts: Changes<WsgiMount>;
}

export interface Changes<T> {
  readonly create: readonly T[];
  readonly update: readonly T[];
  readonly delete: readonly T[];
}

/**
 * The rows of a whole-server apply. One method per step of `applyChanges`, in the only order the foreign keys allow:
 * tenants, then vhosts, then what hangs off vhosts; deletions last, children before parents.
 */
@Injectable()
export class ServerSpecRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Every tenant of the installation: a document may name one that owns nothing on this server yet. */
  async listAllTenants(): Promise<Tenant[]> {
    return (await this.db.tenant.findMany({ orderBy: { name: 'asc' } })).map(tenantFromRow);
  }

  async applyChanges(tx: Transaction, serverId: string, desired: ServerModel, changes: ServerSpecChanges) {
    if (changes.settingsChanged) {
      const { name: _name, id: _id, ...settings } = serverSettingsToRow(desired);
      await tx.server.update({ where: { id: serverId }, data: settings });
    }
    for (const tenant of changes.tenants.create) await tx.tenant.create({ data: tenantToRow(tenant) });
    for (const tenant of changes.tenants.update) {
      const { id, ...columns } = tenantToRow(tenant);
      await tx.tenant.update({ where: { id }, data: columns });
    }
    for (const vhost of changes.virtualHosts.create) {
      await tx.virtualHost.create({ data: virtualHostToRow(vhost, serverId) });
    }
    for (const vhost of changes.virtualHosts.update) {
      const { id, ...columns } = virtualHostToRow(vhost, serverId);
      await tx.virtualHost.update({ where: { id }, data: columns });
    }
    for (const group of changes.daemonGroups.create) {
      await tx.daemonGroup.create({ data: daemonGroupToRow(group, serverId) });
    }
    for (const group of changes.daemonGroups.update) {
      const { id, ...columns } = daemonGroupToRow(group, serverId);
      await tx.daemonGroup.update({ where: { id }, data: columns });
    }
    for (const directory of changes.directories.create) {
      await tx.directory.create({ data: directoryToRow(directory, serverId) });
      await this.replaceRules(tx, directory);
    }
    for (const directory of changes.directories.update) {
      const { id: _id, ...columns } = directoryToRow(directory, serverId);
      const rulesChanged = changes.directories.rulesChanged.has(directory.id);
      await tx.directory.update({
        where: { id: directory.id },
        data: { ...columns, ...(rulesChanged ? { htaccessRevision: { increment: 1 } } : {}) },
      });
      if (rulesChanged) await this.replaceRules(tx, directory);
    }
    // Mounts after the directories their scripts lie in, before the vhosts they hang off are deleted.
    for (const mount of changes.wsgiMounts.create) {
      await tx.wsgiMount.create({ data: wsgiMountToRow(mount, serverId) });
    }
    for (const mount of changes.wsgiMounts.update) {
      const { id, serverId: _server, ...columns } = wsgiMountToRow(mount, serverId);
      await tx.wsgiMount.update({ where: { id }, data: columns });
    }
    for (const mount of changes.wsgiMounts.delete) await tx.wsgiMount.delete({ where: { id: mount.id } });
    for (const directory of changes.directories.delete)
      await tx.directory.delete({ where: { id: directory.id } });
    for (const group of changes.daemonGroups.delete) await tx.daemonGroup.delete({ where: { id: group.id } });
    for (const vhost of changes.virtualHosts.delete) await tx.virtualHost.delete({ where: { id: vhost.id } });
  }

  private async replaceRules(tx: Transaction, directory: Directory): Promise<void> {
    await tx.htaccessRule.deleteMany({ where: { directoryId: directory.id } });
    if (directory.rules.length === 0) return;
    await tx.htaccessRule.createMany({
      data: directory.rules.map((rule, position) => htaccessRuleToRow(directory.id, rule, position)),
    });
  }
}
