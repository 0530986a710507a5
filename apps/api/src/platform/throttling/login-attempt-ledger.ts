import type { LoginThrottleValues } from '../config/app-config-values.js';

/** Why a login attempt is refused before its password is even checked. */
export interface LoginBlock {
  readonly scope: 'pair' | 'address';
  readonly retryAfterSeconds: number;
}

interface PairState {
  failures: number;
  lastFailureAt: number;
}

interface AddressState {
  failures: number;
  windowEndsAt: number;
}

/** Memory bound per map: past it, expired entries are swept, then the oldest go. */
const MAX_ENTRIES = 100_000;

/**
 * Failed logins, counted so that guessing is slow but nobody can lock anybody else out
 * (docs/decisions/0006-login-throttling-without-a-lockout-switch.md):
 * - per username+address pair: after `perUsername` failures the pair is blocked for `baseDelaySeconds`,
 *   doubling with each further failure, at most the window; a success clears the pair. The same account
 *   from another address is untouched, so an attacker cannot lock the admin out.
 * - per address over all usernames: `perAddress` failures in the window block that address (spraying).
 * An attempt is counted as a failure when it starts (so parallel guesses cannot all pass the check) and
 * taken back if it turns out not to be one. Refused attempts are not counted: they cannot extend a block.
 * In-process memory: with several replicas each counts alone (the limits multiply by the replica count).
 */
export class LoginAttemptLedger {
  private readonly pairs = new Map<string, PairState>();
  private readonly addresses = new Map<string, AddressState>();

  constructor(private readonly limits: LoginThrottleValues) {}

  /** The block in force for this attempt, if any; the pair's is reported first (it is the tighter one). */
  blockFor(username: string, address: string, now: number): LoginBlock | undefined {
    const pairUntil = this.pairBlockedUntil(this.pairs.get(pairKey(username, address)), now);
    if (pairUntil > now) return { scope: 'pair', retryAfterSeconds: secondsUntil(pairUntil, now) };
    const byAddress = this.liveAddress(address, now);
    if (byAddress && byAddress.failures >= this.limits.perAddress) {
      return { scope: 'address', retryAfterSeconds: secondsUntil(byAddress.windowEndsAt, now) };
    }
    return undefined;
  }

  /** Failures the pair may still make before it is blocked. */
  remainingFor(username: string, address: string, now: number): number {
    const pair = this.livePair(pairKey(username, address), now);
    return Math.max(0, this.limits.perUsername - (pair?.failures ?? 0));
  }

  /** Counts the attempt as a failure now; `settle` says what it really was. */
  begin(
    username: string,
    address: string,
    now: number,
  ): (outcome: 'success' | 'failure' | 'neither') => void {
    const key = pairKey(username, address);
    const pair = this.livePair(key, now) ?? { failures: 0, lastFailureAt: now };
    pair.failures += 1;
    pair.lastFailureAt = now;
    this.remember(this.pairs, key, pair, now);
    const byAddress = this.liveAddress(address, now) ?? {
      failures: 0,
      windowEndsAt: now + this.limits.windowSeconds * 1000,
    };
    byAddress.failures += 1;
    this.remember(this.addresses, address, byAddress, now);
    return (outcome) => {
      if (outcome === 'failure') return;
      // A success clears the pair: the user proved the password from this address.
      if (outcome === 'success') this.pairs.delete(key);
      else pair.failures = Math.max(0, pair.failures - 1);
      byAddress.failures = Math.max(0, byAddress.failures - 1);
    };
  }

  private pairBlockedUntil(pair: PairState | undefined, now: number): number {
    if (!pair || !this.pairIsLive(pair, now) || pair.failures < this.limits.perUsername) return 0;
    return pair.lastFailureAt + this.delayMs(pair.failures);
  }

  /** baseDelay · 2^(failures beyond the limit), at most the window. */
  private delayMs(failures: number): number {
    const excess = Math.min(failures - this.limits.perUsername, 30);
    return Math.min(this.limits.baseDelaySeconds * 2 ** excess, this.limits.windowSeconds) * 1000;
  }

  /**
   * A pair is forgotten a window after its last failure, or a window after its block ends: a guesser who
   * waits out the longest block gets one more try at the longest delay, not a fresh set of tries.
   */
  private pairIsLive(pair: PairState, now: number): boolean {
    const blocked = pair.failures >= this.limits.perUsername ? this.delayMs(pair.failures) : 0;
    return now - pair.lastFailureAt < blocked + this.limits.windowSeconds * 1000;
  }

  private livePair(key: string, now: number): PairState | undefined {
    const pair = this.pairs.get(key);
    return pair && this.pairIsLive(pair, now) ? pair : undefined;
  }

  private liveAddress(address: string, now: number): AddressState | undefined {
    const state = this.addresses.get(address);
    return state && state.windowEndsAt > now ? state : undefined;
  }

  private remember<T>(map: Map<string, T>, key: string, value: T, now: number): void {
    map.set(key, value);
    if (map.size <= MAX_ENTRIES) return;
    const live = (v: T) =>
      map === (this.pairs as Map<string, unknown>)
        ? this.pairIsLive(v as PairState, now)
        : (v as AddressState).windowEndsAt > now;
    for (const [k, v] of map) if (!live(v)) map.delete(k);
    // Still full of live entries (guesses from very many addresses): forget the oldest quarter at once,
    // so the sweep runs once per many inserts rather than on every one.
    if (map.size > MAX_ENTRIES * 0.75) {
      let drop = map.size - Math.floor(MAX_ENTRIES * 0.75);
      for (const k of map.keys()) {
        if (drop-- <= 0) break;
        map.delete(k);
      }
    }
  }
}

/** Case-folded, so "Alice" and "alice" share one budget. */
function pairKey(username: string, address: string): string {
  return `${username.toLowerCase()}\u0000${address}`;
}

function secondsUntil(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / 1000));
}
