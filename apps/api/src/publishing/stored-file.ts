/** One file of a revision with its bytes: what GET /publications/{id} returns and what gets applied. */
export interface StoredFile {
  path: string;
  content: string;
  sha256: string;
}

/** One line of a revision's manifest (publications.manifest); the bytes are in publication_blobs. */
export interface ManifestEntry {
  path: string;
  sha256: string;
}

/** Reads publications.manifest back; the column is only ever written by this module. */
export function manifestOf(value: unknown): ManifestEntry[] {
  if (!Array.isArray(value)) throw new Error('publications.manifest is not an array');
  return value.map((item) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new Error('bad manifest entry');
    const { path, sha256 } = item as Record<string, unknown>;
    if (typeof path !== 'string' || typeof sha256 !== 'string') throw new Error('bad manifest entry');
    return { path, sha256 };
  });
}

export function toManifest(files: readonly ManifestEntry[]): ManifestEntry[] {
  return files.map(({ path, sha256 }) => ({ path, sha256 }));
}

/** Entries whose path is absent from `other` or has another digest there. */
export function differsFrom(other: readonly ManifestEntry[]): (entry: ManifestEntry) => boolean {
  const shas = new Map(other.map((e) => [e.path, e.sha256]));
  return (entry) => shas.get(entry.path) !== entry.sha256;
}
