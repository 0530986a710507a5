import type { DaemonGroup, ServerModel } from '../model/server-model.js';
import { moduleUsesOf, type ModuleUse } from './module-uses.js';

/**
 * The part of a server model its agent's facts can contradict. The fleet view builds it from a few columns
 * per server (it lists up to a page of servers without loading their models); everyone else takes
 * factSubjectOf(model).
 */
export interface FactSubject {
  modWsgiVersion: string;
  /** X.Y; null/absent: not declared, nothing to compare. */
  pythonVersion?: string | null;
  daemonGroups: readonly Pick<DaemonGroup, 'id' | 'name' | 'user' | 'group'>[];
  /** The first use of each directive a module other than mod_wsgi provides (moduleUsesOf). */
  moduleUses: readonly ModuleUse[];
}

export function factSubjectOf(model: ServerModel): FactSubject {
  return {
    modWsgiVersion: model.modWsgiVersion,
    pythonVersion: model.pythonVersion ?? null,
    daemonGroups: model.daemonGroups,
    moduleUses: moduleUsesOf(model),
  };
}
