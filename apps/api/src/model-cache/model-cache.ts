import { Injectable } from '@nestjs/common';
import type { Directory } from '#apache';
import { ModelCommits } from '../model-store/model-commits.js';
import { KeyedSerialExecutor } from '../platform/concurrency/keyed-serial-executor.js';
import { CachedModel } from './cached-model.js';
import { ChangeListener, MODEL_CHANNEL } from '../platform/change-listener/change-listener.js';
import { ModelRevisionRepository } from './model-revision.repository.js';
import { parseModelNotification } from '../platform/change-listener/model-notification.js';

/** Servers kept per process; the least recently used one is dropped beyond this. */
const MAX_CACHED_SERVERS = 64;

/** What a revision probe saw, and the listener state it was sent in (see verify()). */
interface Probe {
  revision: number | null;
  epoch: number | null;
  changes: number;
}

/**
 * Per-process cache of each server's ServerModel (and its index, resolver, validation and rendering),
 * keyed by server id and servers.model_revision. See docs/decisions/0005-cache-invalidation.md.
 *
 * Every committed write to a server's model bumps servers.model_revision, and a trigger NOTIFYs
 * `hostplane_model` with "<server>:<revision>" in the same transaction. Each process LISTENs on one dedicated
 * connection (ChangeListener). An entry is served WITHOUT any database round trip while it is "verified":
 * the listener is live in the same epoch (connection) in which a revision probe or load, sent while it was
 * already listening, confirmed the entry, and no notification names a newer revision. Otherwise — listener
 * starting, lost, reconnecting, or a newer revision announced — get() does what it always did: one
 * `SELECT model_revision` (shared by concurrent requests) and, when it moved, a reload in one REPEATABLE READ
 * snapshot. Concurrent misses for one server share a single load.
 *
 * Staleness: a write committed on another replica is served here from the moment its NOTIFY arrives
 * (measured in test/api/engine, typically a few ms); this process's own writes are remembered before they
 * answer, so read-your-writes holds per replica. Writes never trust the cache blindly: the .htaccess fast
 * path guards its statement with the cached revision, and ModelWriteService rereads it under the row lock.
 */
@Injectable()
export class ModelCache {
  private readonly entries = new Map<string, CachedModel>();
  private readonly loading = new Map<string, Promise<CachedModel | null>>();
  /** Per server, the revision probe in flight, shared by the requests that arrive meanwhile. */
  private readonly probing = new Map<string, Promise<Probe>>();
  /** This process's cache-aware writes, one at a time per server (see exclusive()). */
  private readonly writes = new KeyedSerialExecutor();
  /** Per server, the listener epoch in which its entry was last confirmed current. */
  private readonly verified = new Map<string, number>();
  /** Per server, the highest revision announced by NOTIFY. */
  private readonly announced = new Map<string, number>();
  /** Per server, how many notifications arrived: a probe or load that overlapped one proves nothing. */
  private readonly notifications = new Map<string, number>();

  constructor(
    private readonly revisions: ModelRevisionRepository,
    private readonly listener: ChangeListener,
    commits: ModelCommits,
  ) {
    listener.on(MODEL_CHANNEL, (payload) => this.announce(payload));
    commits.subscribe((serverId, revision) => this.noteCommitted(serverId, revision));
  }

  /** The current model of a server, or null when the server does not exist. */
  async get(serverId: string): Promise<CachedModel | null> {
    const fresh = this.current(serverId);
    if (fresh !== undefined) return fresh;
    // A local write that committed but has not remembered its model yet would otherwise cost a full reload:
    // an empty task behind the writes queued so far waits for them (it never fails).
    if (this.writes.busy(serverId)) await this.writes.run(serverId, async () => undefined);
    const probe = await this.probe(serverId);
    if (probe.revision === null) {
      this.forget(serverId);
      return null;
    }
    // A probe shared with a request that sent it before this process's last write committed may be older
    // than that write: the revision announced for it is the floor.
    const wanted = Math.max(probe.revision, this.announced.get(serverId) ?? -1);
    const cached = this.entries.get(serverId);
    if (cached !== undefined && cached.revision >= wanted) {
      this.touch(serverId, cached);
      this.verify(serverId, cached, probe);
      return cached;
    }
    return this.load(serverId, wanted);
  }

  /**
   * The cached model if it is known to be current without asking the database (listener live, entry
   * verified in this epoch, no newer revision announced); undefined otherwise. Never does I/O.
   */
  current(serverId: string): CachedModel | undefined {
    const cached = this.entries.get(serverId);
    const epoch = this.listener.liveEpoch();
    if (cached === undefined || epoch === null || this.verified.get(serverId) !== epoch) return undefined;
    if (cached.revision < (this.announced.get(serverId) ?? -1)) return undefined;
    this.touch(serverId, cached);
    return cached;
  }

  /** A directory in one of the current() models (the server is not known from a directory id alone). */
  findDirectory(directoryId: string): { cached: CachedModel; directory: Directory } | undefined {
    for (const serverId of this.entries.keys()) {
      const directory = this.entries.get(serverId)?.index.directoriesById.get(directoryId);
      if (directory === undefined) continue;
      const cached = this.current(serverId);
      return cached === undefined ? undefined : { cached, directory };
    }
    return undefined;
  }

  /** What this process holds for a server, without asking the database whether it is current. */
  peek(serverId: string): CachedModel | undefined {
    return this.entries.get(serverId);
  }

  /**
   * Hands a model the caller built for a revision it just committed (e.g. the .htaccess write), so the next
   * read on this replica needs no reload. Ignored if a newer revision is already cached. The entry keeps
   * its predecessor's verification: it is exactly what was committed on top of a verified model.
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
    return this.writes.run(serverId, work);
  }

  /**
   * Read-your-writes for a writer of this process that does not build the next model itself (every
   * ModelWriteService transaction, through ModelCommits): the revision it just committed counts as announced
   * at once, so the next read reloads instead of serving the entry the NOTIFY has not invalidated yet.
   */
  noteCommitted(serverId: string, revision: number): void {
    if (revision > (this.announced.get(serverId) ?? -1)) this.announced.set(serverId, revision);
  }

  private announce(payload: string): void {
    const notification = parseModelNotification(payload);
    if (notification === null) return;
    const { serverId, revision } = notification;
    this.notifications.set(serverId, (this.notifications.get(serverId) ?? 0) + 1);
    if (revision === null) {
      this.forget(serverId);
      return;
    }
    if (revision > (this.announced.get(serverId) ?? -1)) this.announced.set(serverId, revision);
  }

  /**
   * Marks the entry current for the listener's epoch when the probe that confirmed it was sent while the
   * listener was live in that same epoch and no notification for the server arrived meanwhile: every commit
   * before the probe is in its answer, every commit after it will be announced.
   */
  private verify(serverId: string, entry: CachedModel, probe: Probe): void {
    const epoch = this.listener.liveEpoch();
    if (probe.epoch === null || probe.epoch !== epoch) return;
    if ((this.notifications.get(serverId) ?? 0) !== probe.changes) return;
    if (this.entries.get(serverId) === entry) this.verified.set(serverId, epoch);
  }

  private probe(serverId: string): Promise<Probe> {
    const pending = this.probing.get(serverId);
    if (pending !== undefined) return pending;
    const started = this.startMark(serverId);
    const promise = this.revisions
      .currentRevision(serverId)
      .then((revision) => ({ ...started, revision }))
      .finally(() => this.probing.delete(serverId));
    this.probing.set(serverId, promise);
    return promise;
  }

  private startMark(serverId: string): { epoch: number | null; changes: number } {
    return { epoch: this.listener.liveEpoch(), changes: this.notifications.get(serverId) ?? 0 };
  }

  private load(serverId: string, revision: number): Promise<CachedModel | null> {
    const pending = this.loading.get(serverId);
    if (pending !== undefined) return this.awaitPending(serverId, pending, revision);
    const started = this.startMark(serverId);
    const floor = this.announced.get(serverId) ?? -1;
    const promise = this.revisions
      .loadSnapshot(serverId)
      .then((snapshot) => {
        if (snapshot === null) return null;
        // Every announced revision had committed before this load began: one above what it finds was counted
        // by a server since deleted and created again under the same id, and must not outlive it.
        if (snapshot.revision < floor) this.announced.set(serverId, snapshot.revision);
        const entry = new CachedModel(serverId, snapshot.revision, snapshot.model);
        this.remember(entry);
        this.verify(serverId, entry, { ...started, revision: snapshot.revision });
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

  private forget(serverId: string): void {
    this.entries.delete(serverId);
    this.verified.delete(serverId);
    this.announced.delete(serverId);
  }

  private touch(serverId: string, entry: CachedModel): void {
    this.entries.delete(serverId);
    this.entries.set(serverId, entry);
    if (this.entries.size > MAX_CACHED_SERVERS) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.forget(oldest);
    }
  }
}
