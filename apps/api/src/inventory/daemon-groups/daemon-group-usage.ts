import { asciiLower, type ServerModel } from '#apache';
import type { Usage } from '../../model-store/in-use.error.js';

/**
 * Everything in the model that names a group: restriction lists (matched case-insensitively, like
 * mod_wsgi), .htaccess rules, WSGIProcessGroup of vhosts and directories, SetEnv values (which select a
 * group through %{ENV:…}) and process-group maps, at server scope too. Deleting the group would leave each of them dangling.
 */
export function usagesOfGroup(model: ServerModel, name: string): Usage[] {
  const key = asciiLower(name);
  const names = (value: string | null | undefined) =>
    value !== null && value !== undefined && asciiLower(value) === key;
  const out: Usage[] = [];
  for (const d of model.directories) {
    const at = (field: string) => out.push({ type: 'directory', id: d.id, field });
    if (d.restrictProcess?.some(names)) at('restrictProcess');
    if (names(d.processGroup)) at('processGroup');
    for (const [variable, value] of Object.entries(d.env)) if (names(value)) at(`env/${variable}`);
    d.rules.forEach((rule, i) => names(rule.processGroup) && at(`rules/${i}/processGroup`));
  }
  for (const v of model.virtualHosts) {
    const at = (field: string) => out.push({ type: 'virtual-host', id: v.id, field });
    if (v.restrictProcess?.some(names)) at('restrictProcess');
    if (names(v.processGroup)) at('processGroup');
    for (const [variable, value] of Object.entries(v.env)) if (names(value)) at(`env/${variable}`);
    if (names(v.processGroupMap?.fallback)) at('processGroupMap/fallback');
    v.processGroupMap?.entries.forEach((e, i) => names(e.processGroup) && at(`processGroupMap/entries/${i}`));
  }
  // Server scope: the server itself is the user.
  const server = (field: string) => out.push({ type: 'server', id: model.id, field });
  if (model.restrictProcess?.some(names)) server('restrictProcess');
  if (names(model.processGroup)) server('processGroup');
  return out;
}
