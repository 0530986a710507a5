import type { Directory, HtaccessRule, ModelIndex, ServerModel } from '#apache';

/**
 * The model with one directory's .htaccess rules replaced. Nothing is mutated: the input may be the
 * shared cached model. Returns null when the directory is not in the model.
 */
export function replaceDirectoryRules(
  model: ServerModel,
  directoryId: string,
  rules: readonly HtaccessRule[],
): { model: ServerModel; directory: Directory } | null {
  const position = model.directories.findIndex((d) => d.id === directoryId);
  const current = model.directories[position];
  if (current === undefined) return null;
  const directory: Directory = { ...current, rules: [...rules] };
  const directories = [...model.directories];
  directories[position] = directory;
  return { model: { ...model, directories }, directory };
}

/**
 * The index of `after` derived from the index of the model before a rules-only change: groups, vhosts and
 * tenants are untouched, so only the directory lookup changes. O(directories) map copy instead of a rebuild.
 */
export function indexAfterRulesChange(
  before: ModelIndex,
  after: ServerModel,
  directory: Directory,
): ModelIndex {
  const directoriesById = new Map(before.directoriesById);
  directoriesById.set(directory.id, directory);
  return { ...before, model: after, directoriesById };
}
