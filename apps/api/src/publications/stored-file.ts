import type { Prisma } from '#db';

/** One file of a stored revision, as kept in publications.files. */
export interface StoredFile {
  path: string;
  content: string;
  sha256: string;
}

/** Reads publications.files back; the column is only ever written by this module, from RenderedFile[]. */
export function storedFiles(value: Prisma.JsonValue): StoredFile[] {
  if (!Array.isArray(value)) throw new Error('publications.files is not an array');
  return value.map((item) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error('bad stored file');
    const { path, content, sha256 } = item as Record<string, unknown>;
    if (typeof path !== 'string' || typeof content !== 'string' || typeof sha256 !== 'string') {
      throw new Error('bad stored file');
    }
    return { path, content, sha256 };
  });
}
