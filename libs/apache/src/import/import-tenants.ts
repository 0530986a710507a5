import type { Tenant } from '../model/server-model.js';
import { homeUser } from './home-user.js';
import { type ImportLedger, joined } from './import-ledger.js';

/**
 * Tenants inferred from the files: a daemon group that runs as a unix user other than Apache's belongs to the tenant of
 * that user, and a directory under /home/<user> belongs to <user>'s tenant. A tenant Hostplane already knows (same unix
 * user) keeps its name; otherwise the tenant is named after the unix user.
 */
export class ImportTenants {
  private readonly byUser = new Map<string, Tenant>();
  /** Built at the first nameOf (a mount's evidence; most imports never ask), then kept up to date. */
  private nameById: Map<string, string> | undefined;
  private readonly known: ReadonlyMap<string, KnownTenant>;
  /** `<homes>/`, the prefix of every path forHomePath attributes. */
  private readonly homesPrefix: string;
  /**
   * The user asked for last and its tenant: a vhost's groups and directories name one user in a row (6 lookups per
   * vhost at 10k vhosts), and a Map lookup hashes the freshly read user name each time.
   */
  private lastUser: string | undefined;
  private lastTenant: Tenant | undefined;

  constructor(
    known: readonly KnownTenant[],
    private readonly apacheUser: string,
    private readonly ledger: ImportLedger,
    private readonly homes = '/home',
  ) {
    this.known = new Map(known.map((t) => [t.unixUser, t]));
    this.homesPrefix = `${homes.replace(/\/+$/, '')}/`;
  }

  /**
   * The tenant a group running as `user` belongs to, or null for Apache's own user and groups without user=.
   * `evidence` is called only for a tenant seen first here (a shared host has 40k groups and 10k tenants).
   */
  forGroupUser(user: string | null, group: string | null, evidence: () => string): Tenant | null {
    if (user === null || user === '' || user === this.apacheUser || user.startsWith('#')) return null;
    return this.tenant(user, group ?? user, evidence);
  }

  /** The tenant whose home holds `path` (<homes>/<user>/…), if any. */
  forHomePath(path: string, evidence: () => string): Tenant | null {
    const base = this.homesPrefix;
    if (!path.startsWith(base)) return null;
    const user = homeUser(path, base.length);
    if (user === undefined) return null;
    if (user === this.lastUser) return this.lastTenant!;
    return this.tenant(user, this.byUser.get(user)?.unixGroup ?? user, evidence);
  }

  /** The name of a tenant this import inferred, by its id. */
  nameOf(id: string): string | undefined {
    this.nameById ??= new Map([...this.byUser.values()].map((t) => [t.id, t.name]));
    return this.nameById.get(id);
  }

  all(): Tenant[] {
    return [...this.byUser.values()];
  }

  private tenant(user: string, unixGroup: string, evidence: () => string): Tenant {
    if (user === this.lastUser) return this.lastTenant!;
    const found = this.byUser.get(user) ?? this.newTenant(user, unixGroup, evidence);
    this.lastUser = user;
    this.lastTenant = found;
    return found;
  }

  private newTenant(user: string, unixGroup: string, evidence: () => string): Tenant {
    const known = this.known.get(user);
    // A new tenant's home is <homes>/<user>; null says so when homes is the default /home.
    const homes = this.homes.replace(/\/+$/, '');
    const tenant: Tenant =
      known === undefined
        ? {
            id: `t:${user}`,
            name: user,
            unixUser: user,
            unixGroup,
            homeDirectory: homes === '/home' ? null : `${homes}/${user}`,
          }
        : {
            id: `t:${user}`,
            name: known.name,
            unixUser: known.unixUser,
            unixGroup: known.unixGroup,
            homeDirectory: known.homeDirectory ?? null,
          };
    this.byUser.set(user, tenant);
    this.nameById?.set(tenant.id, tenant.name);
    // Joined, not templates: the inference's texts are kept to the end of the import (10k tenants at 10k vhosts).
    this.ledger.infer(
      joined('tenant ', tenant.name, ' (unix user ', user, ', group ', tenant.unixGroup, ')'),
      known === undefined ? evidence() : joined(evidence(), '; matches the known tenant ', known.name),
    );
    return tenant;
  }
}

interface KnownTenant {
  readonly name: string;
  readonly unixUser: string;
  readonly unixGroup: string;
  readonly homeDirectory?: string | null;
}
