import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { boot } from '#api/boot.js';
import { ConfigError } from '#api/platform/config/config-error.js';
import { loadConfig } from '#api/platform/config/load-config.js';
import { parseEnv } from '#api/platform/config/parse-env.js';

describe('configuration is validated at boot', () => {
  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['EMBEDDED_PG_PORT', '-1'],
    ['DATABASE_URL', 'mysql://root@localhost/hostplane'],
    ['JWT_TTL_SECONDS', '1.5'],
    ['LOG_LEVEL', 'loud'],
    ['BODY_LIMIT', 'a lot'],
    ['BOOTSTRAP_ADMIN_USERNAME', 'no spaces allowed'],
    ['TRUST_PROXY', 'the load balancer'],
  ])('refuses to start when %s=%s, naming the variable', async (name, value) => {
    const failure = boot({ [name]: value });
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    await expect(failure).rejects.toThrow(new RegExp(`^Invalid configuration:\\n  - ${name}: `));
  });

  it('refuses a short JWT_SECRET without echoing it', () => {
    let error: unknown;
    try {
      parseEnv({ JWT_SECRET: 'hunter2-is-short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual(['JWT_SECRET: must be at least 32 characters']);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('applies the documented defaults', () => {
    expect(parseEnv({})).toEqual({
      PORT: 3000,
      HOST: '0.0.0.0',
      HOSTPLANE_DATA_DIR: '.data',
      EMBEDDED_PG_PORT: 5433,
      BOOTSTRAP_ADMIN_USERNAME: 'admin',
      JWT_TTL_SECONDS: 900,
      LOG_LEVEL: 'info',
      BODY_LIMIT: '1mb',
      TRUST_PROXY: false,
      LOGIN_THROTTLE_PER_USERNAME: 5,
      LOGIN_THROTTLE_PER_ADDRESS: 20,
      LOGIN_THROTTLE_WINDOW_SECONDS: 900,
      HOSTPLANE_AGENT_POLL_INTERVAL_MS: 5000,
      HOSTPLANE_APPLY_MODE: 'none',
      HOSTPLANE_PUBLISH_TX_TIMEOUT_MS: 30000,
    });
  });

  it('generates a JWT secret once and keeps it in the data dir across restarts', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'hostplane-config-'));
    try {
      const first = await loadConfig({ HOSTPLANE_DATA_DIR: dataDir });
      const second = await loadConfig({ HOSTPLANE_DATA_DIR: dataDir });
      expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
      expect(second.jwtSecret).toBe(first.jwtSecret);
      expect((await readFile(join(dataDir, 'jwt-secret'), 'utf8')).trim()).toBe(first.jwtSecret);
      const configured = await loadConfig({ HOSTPLANE_DATA_DIR: dataDir, JWT_SECRET: 'x'.repeat(40) });
      expect(configured.jwtSecret).toBe('x'.repeat(40));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
