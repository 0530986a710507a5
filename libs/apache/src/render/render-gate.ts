import type { Diagnostic } from '../model/diagnostic.js';
import type { ServerModel } from '../model/server-model.js';
import { buildModelIndex, validate, type ModelIndex } from '../validate/index.js';

/**
 * Everything that stops render(): the validator's diagnostics plus the references the writer itself cannot
 * place (a group or directory pointing at a vhost that does not exist would otherwise vanish from the output).
 * One index serves both; a caller that already has one for this model passes it in.
 */
export function renderBlockers(model: ServerModel, index: ModelIndex = buildModelIndex(model)): Diagnostic[] {
  return [...validate(model, index), ...danglingReferences(model, index.vhostsById)];
}

/** Groups and directories naming a vhost the model lacks: the writer could not place them. */
export function danglingReferences(
  model: ServerModel,
  vhostsById: ReadonlyMap<string, unknown>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const g of model.daemonGroups) {
    if (g.virtualHostId !== null && !vhostsById.has(g.virtualHostId)) {
      out.push(dangling(`/daemon-groups/${g.id}/virtualHostId`, `daemon group ${g.name}`));
    }
  }
  for (const d of model.directories) {
    if (!vhostsById.has(d.virtualHostId))
      out.push(dangling(`/directories/${d.id}/virtualHostId`, `directory ${d.path}`));
  }
  return out;
}

function dangling(path: string, what: string): Diagnostic {
  return {
    code: 'RENDER_UNKNOWN_VIRTUAL_HOST',
    severity: 'error',
    path,
    message: `${what} belongs to a virtual host that is not in this server model`,
  };
}
