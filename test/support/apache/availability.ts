import { existsSync } from 'node:fs';
import { describe, it } from '@jest/globals';
import { APACHE_BIN, MOD_WSGI_SO } from './apache-paths.js';

export interface ApacheAvailability {
  available: boolean;
  /** One line saying what is missing, when not available. */
  reason: string;
}

/** Daemon groups with user= only switch users when Apache's parent runs as root (spec §1.5). */
export function apacheAvailability(): ApacheAvailability {
  if (!existsSync(APACHE_BIN)) return { available: false, reason: `${APACHE_BIN} not installed` };
  if (!existsSync(MOD_WSGI_SO)) return { available: false, reason: `${MOD_WSGI_SO} not installed` };
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    return { available: false, reason: 'tests are not running as root (daemon user= needs root)' };
  }
  return { available: true, reason: '' };
}

/**
 * `describe` for suites that need a real Apache. Locally a missing Apache skips the suite with one line of
 * explanation; in CI (CI=true) it fails loudly, so the oracle can never silently stop proving anything.
 */
export function describeWithApache(name: string, fn: () => void): void {
  const availability = apacheAvailability();
  if (availability.available) {
    describe(name, fn);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs apache2 + mod_wsgi in CI', () => {
        throw new Error(`apache oracle cannot run in CI: ${availability.reason}`);
      });
    });
    return;
  }
  console.warn(`apache oracle skipped (${name}): ${availability.reason}`);
  describe.skip(name, fn);
}
