import { Module } from '@nestjs/common';
import { DaemonGroupsModule } from './daemon-groups/daemon-groups.module.js';
import { DirectoriesModule } from './directories/directories.module.js';
import { ServersModule } from './servers/servers.module.js';
import { TenantsModule } from './tenants/tenants.module.js';
import { VirtualHostsModule } from './virtual-hosts/virtual-hosts.module.js';
import { WsgiMountsModule } from './wsgi-mounts/wsgi-mounts.module.js';

/** The admin inventory CRUD (servers, daemon groups, virtual hosts, tenants, directories), mounted as one. */
@Module({
  imports: [
    ServersModule,
    DaemonGroupsModule,
    VirtualHostsModule,
    TenantsModule,
    DirectoriesModule,
    WsgiMountsModule,
  ],
})
export class InventoryModule {}
