import { Inject, Injectable } from '@nestjs/common';
import type { Database, Queryable, Transaction } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import type { ManifestEntry, StoredFile } from './stored-file.js';

/** Keeps a statement's parameters well below what one protocol message comfortably carries. */
const CHUNK_BYTES = 8 * 2 ** 20;

/**
 * publication_blobs: file contents by sha256, written once and shared by every revision that has the file.
 * Never updated or deleted (a manifest of any revision may name a blob), so a blob that exists is complete.
 */
@Injectable()
export class PublicationBlobRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Stores the contents of `files` that are not among `known` (blobs certainly stored, e.g. the parent's). */
  async storeNew(tx: Transaction, files: readonly StoredFile[], known: ReadonlySet<string>) {
    const fresh = new Map<string, string>();
    for (const f of files) if (!known.has(f.sha256)) fresh.set(f.sha256, f.content);
    let shas: string[] = [];
    let contents: string[] = [];
    let bytes = 0;
    const flush = async () => {
      if (shas.length === 0) return;
      await tx.$executeRaw`
        INSERT INTO publication_blobs (sha256, content)
        SELECT * FROM unnest(${shas}::text[], ${contents}::text[])
        ON CONFLICT (sha256) DO NOTHING`;
      shas = [];
      contents = [];
      bytes = 0;
    };
    for (const [sha, content] of fresh) {
      shas.push(sha);
      contents.push(content);
      bytes += content.length;
      if (bytes >= CHUNK_BYTES) await flush();
    }
    await flush();
    return fresh.size;
  }

  /** The files of a manifest with their contents; `only` limits which entries are fetched and returned. */
  async withContent(
    manifest: readonly ManifestEntry[],
    only: (entry: ManifestEntry) => boolean = () => true,
    db: Queryable = this.db,
  ): Promise<StoredFile[]> {
    const wanted = manifest.filter(only);
    if (wanted.length === 0) return [];
    const shas = [...new Set(wanted.map((e) => e.sha256))];
    const rows = await db.$queryRaw<{ sha256: string; content: string }[]>`
      SELECT sha256, content FROM publication_blobs WHERE sha256 = ANY(${shas}::text[])`;
    const content = new Map(rows.map((r) => [r.sha256, r.content]));
    return wanted.map((e) => {
      const text = content.get(e.sha256);
      if (text === undefined) throw new Error(`publication blob ${e.sha256} (${e.path}) is missing`);
      return { path: e.path, sha256: e.sha256, content: text };
    });
  }
}
