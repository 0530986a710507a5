import type { Diagnostic } from '../model/diagnostic.js';
import type {
  DaemonGroup,
  Directory,
  ServerModel,
  Tenant,
  VirtualHost,
  WsgiMount,
} from '../model/server-model.js';
import { mountUrlKey } from './mount-keys.js';
import type { ServerSpec, VirtualHostSpec } from './server-spec.js';
import { mapOfSpec } from './map-of-spec.js';
import { virtualHostKeys } from './virtual-host-keys.js';

/** Ids given to objects the document adds; the database assigns real ones when the plan is applied. */
export const NEW_ID_PREFIX = 'new:';

export interface SpecModel {
  /** The server as the document describes it, with the current ids wherever a natural key matches. */
  readonly model: ServerModel;
  /** Model id → JSON pointer into the document, so the engine's diagnostics can point into what the client sent. */
  readonly pointers: ReadonlyMap<string, string>;
  /** Broken references and duplicate keys inside the document (pointer paths). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The document as a ServerModel. Order inside the document never matters: every reference (a group's vhost, a
 * directory's tenant, a group's tenant) is looked up by natural key after all objects are known, so a vhost may name
 * a group defined after it, or inside itself. Tenants the document names but the server lacks come from `knownTenants`
 * (all tenants of the installation) or are created.
 */
export function modelOfSpec(
  spec: ServerSpec,
  current: ServerModel,
  knownTenants: readonly Tenant[],
  options: {
    prune: boolean;
    /** virtualHostKeys(current.virtualHosts), when the caller has them (PlanForms.vhostKeys). */
    currentKeys?: ReadonlyMap<string, string>;
    /**
     * The document's .htaccess rule lists become the model's instead of copies, for a caller that owns the document
     * and changes neither (the import validates its own export: 200k rule objects fewer to allocate and collect).
     */
    shareRules?: boolean;
  },
): SpecModel {
  const diagnostics: Diagnostic[] = [];
  const pointers = new Map<string, string>();
  const error = (path: string, code: string, message: string) =>
    diagnostics.push({ code, severity: 'error', path, message });

  const tenantByName = new Map<string, Tenant>();
  for (const tenant of [...knownTenants, ...current.tenants]) tenantByName.set(tenant.name, tenant);
  const tenants = new Map<string, Tenant>();
  spec.tenants.forEach((t, i) => {
    if (tenants.has(t.name))
      error(`/tenants/${i}/name`, 'SPEC_DUPLICATE_KEY', `Tenant ${t.name} is listed twice.`);
    const id = tenantByName.get(t.name)?.id ?? `${NEW_ID_PREFIX}tenant:${t.name}`;
    // Left out of the document: a listed tenant keeps the one it has.
    const homeDirectory =
      t.homeDirectory === undefined ? (tenantByName.get(t.name)?.homeDirectory ?? null) : t.homeDirectory;
    tenants.set(t.name, { id, name: t.name, unixUser: t.unixUser, unixGroup: t.unixGroup, homeDirectory });
    pointers.set(id, `/tenants/${i}`);
  });
  // `at`: the pointer of the object naming the tenant; its `/tenant` is built only for an error (60k objects).
  const tenantId = (name: string | null, at: string): string | null => {
    if (name === null) return null;
    const tenant = tenants.get(name) ?? tenantByName.get(name);
    if (tenant === undefined) {
      error(
        `${at}/tenant`,
        'SPEC_UNKNOWN_TENANT',
        `Tenant ${name} is neither in the document's tenants nor known to Hostplane.`,
      );
      return null;
    }
    if (!tenants.has(name)) tenants.set(name, tenant);
    return tenant.id;
  };

  const currentKeys = options.currentKeys ?? virtualHostKeys(current.virtualHosts);
  const currentVhostByKey = new Map([...currentKeys].map(([id, key]) => [key.toLowerCase(), id]));
  const vhostIdByKey = new Map<string, string>();
  const virtualHosts: VirtualHost[] = spec.virtualHosts.map((v, i) => {
    const key = keyOf(v);
    if (vhostIdByKey.has(key.toLowerCase())) {
      error(
        `/virtualHosts/${i}/serverName`,
        'SPEC_DUPLICATE_KEY',
        `Virtual host ${key} is listed twice; give each a key.`,
      );
    }
    const id = currentVhostByKey.get(key.toLowerCase()) ?? `${NEW_ID_PREFIX}vhost:${key}`;
    vhostIdByKey.set(key.toLowerCase(), id);
    pointers.set(id, `/virtualHosts/${i}`);
    return {
      id,
      serverName: v.serverName,
      serverAliases: v.serverAliases,
      addresses: v.addresses,
      documentRoot: v.documentRoot,
      processGroup: v.processGroup,
      applicationGroup: v.applicationGroup,
      // Where the row mapper puts it: the apply compares a vhost with the stored one as JSON.
      restrictProcess: v.restrictProcess ?? null,
      env: v.env,
      processGroupMap: mapOfSpec(v.processGroupMap),
    };
  });

  const currentGroupByName = new Map(current.daemonGroups.map((g) => [g.name.toLowerCase(), g.id]));
  const seenGroups = new Set<string>();
  const daemonGroups: DaemonGroup[] = spec.daemonGroups.map((g, i) => {
    const path = `/daemonGroups/${i}`;
    const name = g.name.toLowerCase();
    if (seenGroups.has(name)) error(`${path}/name`, 'SPEC_DUPLICATE_KEY', `Group ${g.name} is listed twice.`);
    seenGroups.add(name);
    const id = currentGroupByName.get(name) ?? `${NEW_ID_PREFIX}group:${g.name}`;
    pointers.set(id, path);
    let virtualHostId: string | null = null;
    if (g.virtualHost !== null) {
      const key = g.virtualHost.toLowerCase();
      virtualHostId =
        vhostIdByKey.get(key) ?? (options.prune ? undefined : currentVhostByKey.get(key)) ?? null;
      if (virtualHostId === null) {
        error(
          `${path}/virtualHost`,
          'SPEC_UNKNOWN_VIRTUAL_HOST',
          `No virtual host with key ${g.virtualHost}.`,
        );
      }
    }
    return {
      id,
      name: g.name,
      virtualHostId,
      tenantId: tenantId(g.tenant, path),
      processes: g.processes,
      threads: g.threads,
      user: g.user,
      group: g.group,
      options: g.options,
    };
  });

  // Current directory ids per lower-cased vhost key, then by path: no key string built per directory.
  const currentDirectory = new Map<string, Map<string, string>>();
  for (const d of current.directories) {
    const key = `${currentKeys.get(d.virtualHostId)?.toLowerCase()}`;
    const paths = currentDirectory.get(key);
    if (paths === undefined) currentDirectory.set(key, new Map([[d.path, d.id]]));
    else paths.set(d.path, d.id);
  }
  const directories: Directory[] = spec.virtualHosts.flatMap((v, i) => {
    const seen = new Set<string>();
    const vhostKey = keyOf(v);
    const currentIds = currentDirectory.get(vhostKey.toLowerCase());
    const virtualHostId = vhostIdByKey.get(vhostKey.toLowerCase()) ?? '';
    return v.directories.map((d, j) => {
      const path = `/virtualHosts/${i}/directories/${j}`;
      if (seen.has(d.path))
        error(`${path}/path`, 'SPEC_DUPLICATE_KEY', `Directory ${d.path} is listed twice.`);
      seen.add(d.path);
      const id = currentIds?.get(d.path) ?? `${NEW_ID_PREFIX}dir:${vhostKey}:${d.path}`;
      pointers.set(id, path);
      return {
        id,
        virtualHostId,
        tenantId: tenantId(d.tenant, path) ?? '',
        path: d.path,
        urlPath: d.urlPath,
        allowOverride: d.allowOverride,
        options: d.options,
        handlers: d.handlers,
        restrictProcess: d.restrictProcess,
        processGroup: d.processGroup,
        env: d.env,
        rules: options.shareRules === true ? d.htaccess : d.htaccess.map((r) => ({ ...r })),
      };
    });
  });

  const currentMount = new Map(
    (current.wsgiMounts ?? []).map((m) => [
      `${currentKeys.get(m.virtualHostId)?.toLowerCase()}\u0000${mountUrlKey(m)}`,
      m.id,
    ]),
  );
  const wsgiMounts: WsgiMount[] = spec.virtualHosts.flatMap((v, i) => {
    const seen = new Set<string>();
    return (v.wsgiMounts ?? []).map((m, j) => {
      const path = `/virtualHosts/${i}/wsgiMounts/${j}`;
      const urlKey = mountUrlKey(m);
      if (seen.has(urlKey))
        error(
          `${path}/${m.urlPath !== undefined ? 'urlPath' : 'urlPattern'}`,
          'SPEC_DUPLICATE_KEY',
          `The mount ${urlKey} is listed twice.`,
        );
      seen.add(urlKey);
      const id =
        currentMount.get(`${keyOf(v).toLowerCase()}\u0000${urlKey}`) ??
        `${NEW_ID_PREFIX}mount:${keyOf(v)}:${urlKey}`;
      pointers.set(id, path);
      return {
        id,
        virtualHostId: vhostIdByKey.get(keyOf(v).toLowerCase()) ?? '',
        tenantId: tenantId(m.tenant ?? null, path),
        urlPath: m.urlPath ?? null,
        urlPattern: m.urlPattern ?? null,
        script: m.script,
        processGroup: m.processGroup ?? null,
        applicationGroup: m.applicationGroup ?? null,
        callableObject: m.callableObject ?? null,
        passAuthorization: m.passAuthorization ?? null,
      };
    });
  });

  // Every tenant stays visible to validation (a group may not run as another tenant's unix user), the document's
  // own entries winning.
  const allTenants = new Map([...knownTenants, ...current.tenants].map((t) => [t.id, t]));
  for (const tenant of tenants.values()) allTenants.set(tenant.id, tenant);
  const model: ServerModel = {
    ...current,
    ...spec.server,
    daemonGroups: [...daemonGroups, ...kept(current.daemonGroups, daemonGroups, options.prune)],
    virtualHosts: [...virtualHosts, ...kept(current.virtualHosts, virtualHosts, options.prune)],
    tenants: [...allTenants.values()],
    directories: [...directories, ...kept(current.directories, directories, options.prune)],
    wsgiMounts: [...wsgiMounts, ...kept(current.wsgiMounts ?? [], wsgiMounts, options.prune)],
  };
  // The row mapper leaves linux out: said the same way, an explicit "linux" compares as unchanged.
  if (model.platform === 'linux') delete model.platform;
  return { model, pointers, diagnostics };
}

/** The current objects the document does not list: kept as they are unless the client asked to prune. */
function kept<T extends { id: string }>(current: readonly T[], listed: readonly T[], prune: boolean): T[] {
  if (prune) return [];
  const ids = new Set(listed.map((o) => o.id));
  return current.filter((o) => !ids.has(o.id));
}

export function keyOf(vhost: Pick<VirtualHostSpec, 'key' | 'serverName'>): string {
  return vhost.key ?? vhost.serverName;
}
