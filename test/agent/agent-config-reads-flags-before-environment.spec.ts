import { describe, expect, it } from '@jest/globals';
import { AgentConfigError, loadAgentConfig } from '../../apps/agent/src/agent-config.js';
import { backoffDelay } from '../../apps/agent/src/backoff.js';

const ENV = {
  HOSTPLANE_API_URL: 'https://api.example/api/v1/',
  HOSTPLANE_AGENT_TOKEN: 'hpt_env',
  HOSTPLANE_SERVER_ID: 'srv-env',
  HOSTPLANE_CONFIG_DIR: '/etc/apache2/hostplane',
  HOSTPLANE_RELOAD_CMD: '["/usr/sbin/apache2ctl","graceful"]',
};

describe('agent configuration', () => {
  it('reads the environment, lets flags win, and trims the API URL', () => {
    const config = loadAgentConfig(['--server-id', 'srv-flag', '--once', '--poll-interval-ms', '250'], ENV);
    expect(config).toMatchObject({
      apiUrl: 'https://api.example/api/v1',
      token: 'hpt_env',
      serverId: 'srv-flag',
      once: true,
      force: false,
      pollIntervalMs: 250,
      reload: { argv: ['/usr/sbin/apache2ctl', 'graceful'] },
    });
    expect(config.configtest).toBeUndefined();
  });

  it.each([
    [['--configtest', 'apache2 -t'], /JSON array/],
    [['--config-dir', 'relative/dir'], /absolute/],
    [['--poll-interval-ms', '0'], /positive integer/],
    [['--api-url', 'ftp://x'], /http/],
    [['--no-such-flag'], /Unknown option/],
  ])('refuses %j', (argv, message) => {
    expect(() => loadAgentConfig(argv, ENV)).toThrow(AgentConfigError);
    expect(() => loadAgentConfig(argv, ENV)).toThrow(message);
  });

  it('back-off doubles from the base, is capped, and is jittered within [cap/2, cap]', () => {
    const top = () => 1;
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 500, 4_000, top))).toEqual([
      500, 1000, 2000, 4000, 4000, 4000,
    ]);
    expect(backoffDelay(10, 500, 4_000, () => 0)).toBe(2_000);
    expect(backoffDelay(1_000, 500, 4_000, top)).toBe(4_000);
  });
});
