import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '#api/platform/config/config-error.js';
import { parseEnv } from '#api/platform/config/parse-env.js';

describe('publishing settings are validated at boot', () => {
  it('takes configtest and reload commands as JSON arrays of strings, never shell strings', () => {
    const env = parseEnv({
      HOSTPLANE_APPLY_MODE: 'local',
      HOSTPLANE_CONFIGTEST_CMD: '["/usr/sbin/apache2","-t","-C","Define HOSTPLANE_INCLUDE {include}"]',
    });
    expect(env.HOSTPLANE_CONFIGTEST_CMD).toEqual([
      '/usr/sbin/apache2',
      '-t',
      '-C',
      'Define HOSTPLANE_INCLUDE {include}',
    ]);
  });

  it.each([
    ['HOSTPLANE_RELOAD_CMD', 'apache2ctl graceful'],
    ['HOSTPLANE_RELOAD_CMD', '[]'],
    ['HOSTPLANE_CONFIGTEST_CMD', '["apache2", 1]'],
    ['HOSTPLANE_APPLY_MODE', 'ssh'],
    ['HOSTPLANE_JOURNAL_DIR', 'relative/dir'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(ConfigError);
  });
});
