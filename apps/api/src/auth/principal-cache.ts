import { Injectable } from '@nestjs/common';
import { ChangeListener, PRINCIPAL_CHANNEL } from '../platform/change-listener/change-listener.js';

/** Bound on each map; beyond it the map is simply emptied (entries are one primary-key read away). */
const MAX_ENTRIES = 10_000;

interface Entry<T> {
  readonly epoch: number;
  readonly value: T;
}

/** Something cached per id that belongs to a user (a token's credential names its owner). */
interface OwnedBy {
  readonly user: { readonly id: string };
}

/**
 * What authentication reads per request — the user behind a session, an API token with its owner — kept
 * in memory while, and only while, the change listener is live. The `hostplane_principal` triggers notify
 * "user:<id>" / "token:<id>" on every committed change that matters (disable, role, tenant, delete,
 * revoke, expiry); this replica's own changes are also forgotten synchronously by the service that made
 * them, so revocation is immediate here and as soon as the NOTIFY arrives on the other replicas. While the
 * listener is down every lookup goes to the database, as before. Absent rows are never cached (an INSERT
 * is not notified).
 */
@Injectable()
export class PrincipalCache {
  private readonly users = new Map<string, Entry<unknown>>();
  private readonly tokens = new Map<string, Entry<OwnedBy>>();
  /** Bumped by every invalidation: a read that overlapped one may have seen the old row and is not kept. */
  private changes = 0;

  constructor(private readonly listener: ChangeListener) {
    listener.on(PRINCIPAL_CHANNEL, (payload) => this.onNotification(payload));
  }

  user<T>(id: string, load: () => Promise<T | null>): Promise<T | null> {
    return this.cached(this.users as Map<string, Entry<T>>, id, load);
  }

  token<T extends OwnedBy>(id: string, load: () => Promise<T | null>): Promise<T | null> {
    return this.cached(this.tokens as Map<string, Entry<T>>, id, load);
  }

  /** Replaces a cached token's value (e.g. its refreshed lastUsedAt) without touching its verification. */
  refreshToken<T extends OwnedBy>(id: string, value: T): void {
    const entry = this.tokens.get(id);
    if (entry !== undefined) this.tokens.set(id, { epoch: entry.epoch, value });
  }

  /** This replica changed the user: forget it (and its tokens, which carry its role) before answering. */
  forgetUser(id: string): void {
    this.changes++;
    this.users.delete(id);
    for (const [tokenId, entry] of this.tokens) if (entry.value.user.id === id) this.tokens.delete(tokenId);
  }

  forgetToken(id: string): void {
    this.changes++;
    this.tokens.delete(id);
  }

  private onNotification(payload: string): void {
    const colon = payload.indexOf(':');
    const kind = payload.slice(0, colon);
    const id = payload.slice(colon + 1);
    if (kind === 'user') this.forgetUser(id);
    else if (kind === 'token') this.forgetToken(id);
    else {
      this.changes++;
      this.users.clear();
      this.tokens.clear();
    }
  }

  private async cached<T>(
    map: Map<string, Entry<T>>,
    id: string,
    load: () => Promise<T | null>,
  ): Promise<T | null> {
    const epoch = this.listener.liveEpoch();
    const hit = map.get(id);
    if (hit !== undefined && epoch !== null && hit.epoch === epoch) return hit.value;
    const changes = this.changes;
    const value = await load();
    if (value === null || epoch === null) return value;
    if (this.listener.liveEpoch() !== epoch || this.changes !== changes) return value;
    if (map.size >= MAX_ENTRIES) map.clear();
    map.set(id, { epoch, value });
    return value;
  }
}
