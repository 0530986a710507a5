import type { Directory, ServerModel } from '#apache';

/**
 * `before` with its directory list rebuilt only when something reads it (render, resolve, full validation),
 * from the id lookup and the unchanged positions. A 20k-entry array copied per batch lands in V8's
 * large-object space (old generation), so an eager copy on every .htaccess batch drove frequent full GCs on
 * the ~600 MB heap: the PUT tail. The .htaccess checks (validateDirectory) read the index, never the list.
 * Holds the lookup and positions only, never `before`, so revisions do not chain up in memory.
 */
export function withLazyDirectories(
  before: ServerModel,
  directoriesById: ReadonlyMap<string, Directory>,
  positions: ReadonlyMap<string, number>,
): ServerModel {
  const model: Record<string, unknown> = {};
  for (const key of Object.keys(before) as (keyof ServerModel)[]) {
    // Reading `directories` of a lazy predecessor would materialise it for nothing.
    if (key !== 'directories') model[key] = before[key];
  }
  let directories: Directory[] | undefined;
  Object.defineProperty(model, 'directories', {
    enumerable: true,
    configurable: true,
    get: () => (directories ??= materialise(directoriesById, positions)),
  });
  return model as unknown as ServerModel;
}

function materialise(
  directoriesById: ReadonlyMap<string, Directory>,
  positions: ReadonlyMap<string, number>,
): Directory[] {
  const directories = new Array<Directory>(positions.size);
  for (const [id, directory] of directoriesById) directories[positions.get(id) ?? -1] = directory;
  return directories;
}
