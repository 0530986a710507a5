import * as engine from '#apache';
import type { ResolveEnv, Resolver } from '../libs/apache/src/resolve/resolve-outcome.js';
import type { ServerModel } from '../libs/apache/src/model/server-model.js';

/**
 * The engine functions the bench times. validate is always there; render and createResolver are looked up
 * at runtime so the bench still runs (and says so) while those parts of the engine are missing.
 */
type CreateResolver = (model: ServerModel, env?: ResolveEnv) => Resolver;

export const { validate, validateDirectory, buildModelIndex, renderValidated } = engine;

export const render: ((model: ServerModel) => { path: string; content: string }[]) | null =
  typeof (engine as Record<string, unknown>)['render'] === 'function' ? engine.render : null;

export async function loadCreateResolver(): Promise<CreateResolver | null> {
  const fromIndex = (engine as Record<string, unknown>)['createResolver'];
  if (typeof fromIndex === 'function') return fromIndex as CreateResolver;
  try {
    // Not (yet) re-exported from #apache: take it from the resolve folder directly.
    const module = (await import('../libs/apache/src/resolve/index.js')) as Record<string, unknown>;
    const fn = module['createResolver'];
    return typeof fn === 'function' ? (fn as CreateResolver) : null;
  } catch {
    return null;
  }
}
