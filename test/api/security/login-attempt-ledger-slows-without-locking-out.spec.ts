import { describe, expect, it } from '@jest/globals';
import { LoginAttemptLedger } from '#api/platform/throttling/login-attempt-ledger.js';

const LIMITS = { perUsername: 3, perAddress: 10, windowSeconds: 900, baseDelaySeconds: 60 };
const S = 1000;

function failAll(ledger: LoginAttemptLedger, username: string, address: string, times: number, now: number) {
  for (let i = 0; i < times; i++) ledger.begin(username, address, now)('failure');
}

// Issue 9, finding 6: five wrong passwords locked any account from every address for 15 minutes.
describe('LoginAttemptLedger', () => {
  it('blocks a username+address pair after its failures, not the account', () => {
    const ledger = new LoginAttemptLedger(LIMITS);
    failAll(ledger, 'admin', '203.0.113.7', 3, 0);
    expect(ledger.blockFor('admin', '203.0.113.7', 0)).toEqual({ scope: 'pair', retryAfterSeconds: 60 });
    expect(ledger.blockFor('ADMIN', '203.0.113.7', 0)).toBeDefined();
    // The real admin, from anywhere else, is not affected.
    expect(ledger.blockFor('admin', '198.51.100.9', 0)).toBeUndefined();
  });

  it('doubles the delay with each failure after a block, up to the window', () => {
    const ledger = new LoginAttemptLedger(LIMITS);
    failAll(ledger, 'bob', 'a', 3, 0);
    let now = 0;
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      const block = ledger.blockFor('bob', 'a', now);
      delays.push(block?.retryAfterSeconds ?? 0);
      now += (block?.retryAfterSeconds ?? 0) * S;
      expect(ledger.blockFor('bob', 'a', now)).toBeUndefined();
      failAll(ledger, 'bob', 'a', 1, now);
    }
    expect(delays).toEqual([60, 120, 240, 480, 900, 900]);
  });

  it('does not count attempts refused during a block, so knocking cannot extend it', () => {
    const ledger = new LoginAttemptLedger(LIMITS);
    failAll(ledger, 'bob', 'a', 3, 0);
    // The middleware never calls begin() while blocked; blockFor alone changes nothing.
    for (let t = 0; t < 59; t++) expect(ledger.blockFor('bob', 'a', t * S)).toBeDefined();
    expect(ledger.blockFor('bob', 'a', 60 * S)).toBeUndefined();
  });

  it('a success clears the pair, and an attempt that was neither is taken back', () => {
    const ledger = new LoginAttemptLedger(LIMITS);
    failAll(ledger, 'bob', 'a', 2, 0);
    ledger.begin('bob', 'a', 0)('success');
    expect(ledger.remainingFor('bob', 'a', 0)).toBe(3);
    ledger.begin('bob', 'a', 0)('neither');
    expect(ledger.remainingFor('bob', 'a', 0)).toBe(3);
  });

  it('counts an attempt when it starts, so parallel guesses cannot all pass the check', () => {
    const ledger = new LoginAttemptLedger(LIMITS);
    let passed = 0;
    for (let i = 0; i < 20; i++) {
      if (ledger.blockFor('bob', 'a', 0)) continue;
      passed += 1;
      ledger.begin('bob', 'a', 0); // still running: not settled yet
    }
    expect(passed).toBe(3);
  });

  it('blocks one address spraying many usernames, for the rest of its window', () => {
    const ledger = new LoginAttemptLedger(LIMITS);
    for (let i = 0; i < 10; i++) failAll(ledger, `user${i}`, 'spray', 1, i * S);
    expect(ledger.blockFor('someone', 'spray', 10 * S)).toEqual({ scope: 'address', retryAfterSeconds: 890 });
    expect(ledger.blockFor('someone', 'clean', 10 * S)).toBeUndefined();
    expect(ledger.blockFor('someone', 'spray', 900 * S)).toBeUndefined();
  });

  it('forgets a pair a window after its last failure', () => {
    const ledger = new LoginAttemptLedger(LIMITS);
    failAll(ledger, 'bob', 'a', 2, 0);
    expect(ledger.remainingFor('bob', 'a', 899 * S)).toBe(1);
    expect(ledger.remainingFor('bob', 'a', 900 * S)).toBe(3);
  });
});
