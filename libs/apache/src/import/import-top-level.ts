import { posix } from 'node:path';
import type { ConfigDirective } from '../config-files/config-directive.js';
import type { DaemonGroup, Directory, VirtualHost, WsgiMount } from '../model/server-model.js';
import type { ServerSettingsSpec } from '../server-spec/server-spec.js';
import type { ImportLedger } from './import-ledger.js';
import { type ImportInput, STAYS } from './import-result.js';
import { DaemonOptionArgs } from './daemon-process-args.js';
import { ImportTenants } from './import-tenants.js';
import { importGroup, importVirtualHost, isAdoptable } from './import-virtual-host.js';

/**
 * What the import makes of the configuration's top-level directives, one at a time in reading order: server settings,
 * outer-scope daemon groups, adopted vhosts (with their groups, directories and mounts), and the rest left to the
 * ledger. Taking them one at a time lets the config reader hand each <VirtualHost> over as soon as it is closed.
 *
 * Apache's user (the first top-level `User`) decides which groups are a tenant's, so it must be known before the first
 * group is adopted. Read in one go it is looked up first; read as a stream it is assumed to be the current one until a
 * `User` says otherwise — if that happens after a group or vhost was adopted under the assumption, `outdated` is set
 * and the caller imports again from the whole list.
 */
export class TopLevelAdoption {
  readonly settings: ServerSettingsSpec;
  readonly groups: DaemonGroup[] = [];
  readonly vhosts: VirtualHost[] = [];
  readonly directories: Directory[] = [];
  readonly wsgiMounts: WsgiMount[] = [];
  /** RewriteMap files are read by mod_rewrite, not Included: an adopted map's file is in the spec as its entries. */
  readonly mapFiles = new Set<string>();
  /** A first `User` came after groups were adopted as if Apache ran as another user: the answer is not valid. */
  outdated = false;
  private apacheUser: string | undefined;
  private userSeen = false;
  private importTenants: ImportTenants | undefined;
  private contents: Map<string, string> | undefined;
  private readonly daemonOptions = new DaemonOptionArgs();

  constructor(
    private readonly input: ImportInput,
    private readonly current: ServerSettingsSpec,
    private readonly ledger: ImportLedger,
  ) {
    // What the files say replaces the current settings, the outer-scope group selection included.
    this.settings = {
      ...current,
      restrictEmbedded: false,
      socketPrefix: null,
      restrictProcess: null,
      processGroup: null,
    };
  }

  /** Every top-level directive at once: Apache's user is known before anything is adopted. */
  adoptAll(directives: readonly ConfigDirective[]): void {
    const user = directives.find((d) => d.nameKey === 'user');
    if (user !== undefined) this.noteUser(user);
    for (const d of directives) this.adopt(d);
  }

  /** One top-level directive as the reader hands it over. */
  adoptStreamed(d: ConfigDirective): void {
    if (!this.userSeen && d.nameKey === 'user') this.noteUser(d);
    if (!this.outdated) this.adopt(d);
  }

  /** The tenants the adopted directives belong to, in order of discovery. */
  tenants(): ImportTenants {
    this.importTenants ??= new ImportTenants(
      this.input.knownTenants ?? [],
      this.apacheUser ?? this.current.apacheUser,
      this.ledger,
      this.input.homes,
    );
    return this.importTenants;
  }

  private noteUser(d: ConfigDirective): void {
    this.userSeen = true;
    const user = d.args[0] ?? this.current.apacheUser;
    // Tenants already inferred under the assumed user stay valid only if it was right.
    if (this.importTenants !== undefined && user !== this.current.apacheUser) this.outdated = true;
    this.apacheUser = user;
  }

  private adopt(d: ConfigDirective): void {
    const settings = this.settings;
    if (d.nameKey === 'wsgidaemonprocess')
      this.groups.push(importGroup(d, null, this.tenants(), this.daemonOptions));
    else if (d.nameKey === 'wsgisocketprefix' && d.args.length === 1) settings.socketPrefix = d.args[0]!;
    else if (d.nameKey === 'wsgirestrictembedded' && d.args.length === 1)
      settings.restrictEmbedded = d.args[0]!.toLowerCase() === 'on';
    else if (d.nameKey === 'wsgirestrictprocess') settings.restrictProcess = [...d.args];
    else if (d.nameKey === 'wsgiprocessgroup' && d.args.length === 1) settings.processGroup = d.args[0]!;
    else if (d.nameKey === 'user' && d.args.length === 1) settings.apacheUser = d.args[0]!;
    else if (d.nameKey === 'group' && d.args.length === 1) settings.apacheGroup = d.args[0]!;
    else if (d.nameKey === 'virtualhost' && isAdoptable(d)) {
      const imported = importVirtualHost(
        d,
        `v${this.vhosts.length + 1}`,
        this.tenants(),
        this.ledger,
        (path) => this.contentOf(path),
        this.daemonOptions,
      );
      if (imported.mapFile !== null) this.mapFiles.add(posix.normalize(imported.mapFile));
      this.vhosts.push(imported.vhost);
      this.groups.push(...imported.groups);
      this.directories.push(...imported.directories);
      this.wsgiMounts.push(...imported.wsgiMounts);
    } else
      this.ledger.leave(
        d,
        d.nameKey === 'virtualhost' ? `${STAYS}: a vhost without mod_wsgi or .htaccess delegation` : STAYS,
      );
  }

  /** An uploaded file's content by normalized path (RewriteMap files); indexed on first use. */
  private contentOf(path: string): string | undefined {
    this.contents ??= new Map(this.input.files.map((f) => [posix.normalize(f.path), f.content]));
    return this.contents.get(path);
  }
}
