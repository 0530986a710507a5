import type { ServerModel } from '../model/server-model.js';
import { mountUrlKey } from './mount-keys.js';
import type { ServerSpec } from './server-spec.js';
import { specOfModel } from './spec-of-model.js';
import { virtualHostKeys } from './virtual-host-keys.js';

export interface PlanForm {
  readonly key: string;
  /** The object's spec form, shared with the spec (never modified). */
  readonly value: object;
}

/**
 * One model as the plan compares it: each object in its spec form (natural keys, no ids) by its model id, so equal
 * state compares equal whatever the ids. Built once per model; the API keeps the current model's per model revision
 * (its model cache never mutates a model), so a PUT exports only the document's side.
 */
export interface PlanForms {
  /** specOfModel(model): the export, byte for byte. */
  readonly spec: ServerSpec;
  /** virtualHostKeys(model.virtualHosts). */
  readonly vhostKeys: ReadonlyMap<string, string>;
  readonly server: Readonly<Record<string, unknown>>;
  readonly tenant: ReadonlyMap<string, PlanForm>;
  readonly daemonGroup: ReadonlyMap<string, PlanForm>;
  readonly virtualHost: ReadonlyMap<string, PlanForm>;
  readonly directory: ReadonlyMap<string, PlanForm>;
  readonly wsgiMount: ReadonlyMap<string, PlanForm>;
}

export function planFormsOf(model: ServerModel): PlanForms {
  const vhostKeys = virtualHostKeys(model.virtualHosts);
  const spec = specOfModel(model, vhostKeys);
  const vhostIdByKey = new Map<string, string>();
  for (const [id, key] of vhostKeys) vhostIdByKey.set(key, id);
  const groupIdByName = new Map<string, string>();
  for (const g of model.daemonGroups) groupIdByName.set(g.name, g.id);
  const tenant = new Map<string, PlanForm>();
  for (const t of model.tenants)
    tenant.set(t.id, {
      key: t.name,
      value: { unixUser: t.unixUser, unixGroup: t.unixGroup, homeDirectory: t.homeDirectory ?? null },
    });
  const daemonGroup = new Map<string, PlanForm>();
  for (const g of spec.daemonGroups)
    daemonGroup.set(groupIdByName.get(g.name) ?? '', { key: g.name, value: g });
  const virtualHost = new Map<string, PlanForm>();
  const directory = new Map<string, PlanForm>();
  // Per vhost, by path: no key string built per directory.
  const directoryId = new Map<string, Map<string, string>>();
  for (const d of model.directories) {
    const paths = directoryId.get(d.virtualHostId);
    if (paths === undefined) directoryId.set(d.virtualHostId, new Map([[d.path, d.id]]));
    else paths.set(d.path, d.id);
  }
  const wsgiMount = new Map<string, PlanForm>();
  const mountId = new Map<string, string>();
  for (const m of model.wsgiMounts ?? []) mountId.set(`${m.virtualHostId}\u0000${mountUrlKey(m)}`, m.id);
  for (const v of spec.virtualHosts) {
    const key = v.key ?? v.serverName;
    const vhostId = vhostIdByKey.get(key) ?? '';
    // The whole spec object: the plan leaves out its nested lists (a rest copy per vhost was slow).
    virtualHost.set(vhostId, { key, value: v });
    const paths = directoryId.get(vhostId);
    for (const d of v.directories)
      directory.set(paths?.get(d.path) ?? '', { key: `${key} ${d.path}`, value: d });
    for (const m of v.wsgiMounts ?? []) {
      const urlKey = mountUrlKey(m);
      wsgiMount.set(mountId.get(`${vhostId}\u0000${urlKey}`) ?? '', { key: `${key} ${urlKey}`, value: m });
    }
  }
  return {
    spec,
    vhostKeys,
    server: spec.server as unknown as Record<string, unknown>,
    tenant,
    daemonGroup,
    virtualHost,
    directory,
    wsgiMount,
  };
}
