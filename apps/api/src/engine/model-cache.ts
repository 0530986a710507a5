import { Injectable } from '@nestjs/common';
import { CachedModel } from './cached-model.js';
import { ModelRevisionRepository } from './model-revision.repository.js';

/** Servers kept per process; the least recently used one is dropped beyond this. */
const MAX_CACHED_SERVERS = 64;

/**
 * Per-process cache of each server's ServerModel (and its index, resolver, validation and rendering),
 * keyed by server id and servers.model_revision.
 *
 * How it stays correct with N API replicas: every committed write to a server's model bumps
 * servers.model_revision in the write's own transaction (ModelWriteService). Each use of the cache first
 * runs one cheap `SELECT model_revision FROM servers WHERE id = $1`; if the number differs from the cached
 * entry's, the entry is stale — whichever replica made the write — and the model is reloaded in one
 * REPEATABLE READ snapshot together with its revision. There is no TTL and no cross-replica messaging: the
 * database row is the invalidation signal, so a reader never serves a model older than the last commit it
 * could see. Concurrent misses for one server share a single load.
 *
 * Concurrent requests for one server also share one revision probe (single flight): a request that arrives
 * while a probe is on its way to PostgreSQL takes that probe's answer instead of sending its own. Under load
 * this removes most of the per-request SELECTs; the price is a staleness window of at most one probe round
 * trip (~1 ms): a write committed on ANOTHER replica after the shared probe was sent, but before this
 * request arrived, is seen by the next probe rather than this one. Writes made by this process are never
 * missed (they wait in exclusive() and remember their model), and a probe answer older than the cached
 * entry never causes a reload (revisions only grow).
 */
@Injectable()
export class ModelCache {
  private readonly entries = new Map<string, CachedModel>();
  private readonly loading = new Map<string, Promise<CachedModel | null>>();
  /** Per server, the revision probe in flight, shared by the requests that arrive meanwhile. */
  private readonly probing = new Map<string, Promise<number | null>>();
  /** Per server, the tail of this process's queue of cache-aware writes (see exclusive()). */
  private readonly writing = new Map<string, Promise<unknown>>();

  constructor(private readonly revisions: ModelRevisionRepository) {}

  /** The current model of a server, or null when the server does not exist. */
  async get(serverId: string): Promise<CachedModel | null> {
    // A local write that committed but has not remembered its model yet would otherwise cost a full reload.
    await this.writing.get(serverId);
    const revision = await this.probe(serverId);
    if (revision === null) {
      this.entries.delete(serverId);
      return null;
    }
    const cached = this.entries.get(serverId);
    if (cached !== undefined && cached.revision >= revision) {
      this.touch(serverId, cached);
      return cached;
    }
    return this.load(serverId, revision);
  }

  /** What this process holds for a server, without asking the database whether it is current. */
  peek(serverId: string): CachedModel | undefined {
    return this.entries.get(serverId);
  }

  /**
   * Hands a model the caller built for a revision it just committed (e.g. the .htaccess write), so the next
   * read on this replica needs no reload. Ignored if a newer revision is already cached.
   */
  remember(entry: CachedModel): void {
    const cached = this.entries.get(entry.serverId);
    if (cached !== undefined && cached.revision >= entry.revision) return;
    this.touch(entry.serverId, entry);
  }

  /**
   * Runs cache-aware writes of one server one after another within this process. PostgreSQL serialises
   * them anyway (the server row lock); queueing them here as well means each one finds its predecessor's
   * model already remembered, so no write ever reloads the whole server while holding the lock.
   */
  exclusive<T>(serverId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.writing.get(serverId) ?? Promise.resolve()).then(work);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.writing.set(serverId, tail);
    void tail.then(() => {
      if (this.writing.get(serverId) === tail) this.writing.delete(serverId);
    });
    return run;
  }

  private probe(serverId: string): Promise<number | null> {
    const pending = this.probing.get(serverId);
    if (pending !== undefined) return pending;
    const promise = this.revisions.currentRevision(serverId).finally(() => this.probing.delete(serverId));
    this.probing.set(serverId, promise);
    return promise;
  }

  private load(serverId: string, revision: number): Promise<CachedModel | null> {
    const pending = this.loading.get(serverId);
    if (pending !== undefined) return this.awaitPending(serverId, pending, revision);
    const promise = this.revisions
      .loadSnapshot(serverId)
      .then((snapshot) => {
        if (snapshot === null) return null;
        const entry = new CachedModel(serverId, snapshot.revision, snapshot.model);
        this.remember(entry);
        return entry;
      })
      .finally(() => this.loading.delete(serverId));
    this.loading.set(serverId, promise);
    return promise;
  }

  /** A load already in flight may predate the revision this caller saw; then load again. */
  private async awaitPending(
    serverId: string,
    pending: Promise<CachedModel | null>,
    revision: number,
  ): Promise<CachedModel | null> {
    const entry = await pending;
    if (entry === null || entry.revision >= revision) return entry;
    return this.load(serverId, revision);
  }

  private touch(serverId: string, entry: CachedModel): void {
    this.entries.delete(serverId);
    this.entries.set(serverId, entry);
    if (this.entries.size > MAX_CACHED_SERVERS) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
