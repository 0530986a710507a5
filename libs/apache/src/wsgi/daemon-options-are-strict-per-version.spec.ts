import { describe, expect, it } from '@jest/globals';
import { checkDaemonOption } from './daemon-options.js';

describe('WSGIDaemonProcess options are checked strictly per mod_wsgi version (spec §1.4)', () => {
  it.each([
    ['threads', 'abc', 'Invalid thread count for WSGI daemon process.'],
    ['threads', '2x', 'Invalid thread count for WSGI daemon process.'],
    ['threads', 65534, 'Invalid thread count for WSGI daemon process.'],
    ['processes', 0, 'Invalid process count for WSGI daemon process.'],
    ['memory-limit', '10G', 'Invalid memory limit for WSGI daemon process.'],
    ['inactivity-timeout', '1.5', 'Invalid inactivity timeout for WSGI daemon process.'],
    ['umask', '8', 'Invalid umask for WSGI daemon process.'],
    ['home', 'relative/dir', 'Invalid home directory for WSGI daemon process.'],
    ['server-metrics', 'yes', 'Invalid server metrics flag for WSGI daemon process.'],
    ['send-buffer-size', 100, 'Send buffer size must be >= 512 bytes, or 0 for system default.'],
    ['supplementary-groups', 'bob,,joe', 'Too many supplementary groups WSGI daemon process'],
  ] as const)('%s=%j is refused with mod_wsgi’s text', (name, value, apacheMessage) => {
    expect(checkDaemonOption(name, value, '4.9')).toMatchObject({
      code: 'INVALID_OPTION_VALUE',
      apacheMessage,
    });
  });

  it.each([
    ['threads', 0],
    ['threads', '65533'],
    ['umask', '022'],
    ['send-buffer-size', 0],
    ['server-metrics', 'On'],
    ['server-metrics', true],
    ['display-name', '%{GROUP}'],
    ['cpu-priority', -20],
  ] as const)('%s=%j is accepted', (name, value) => {
    expect(checkDaemonOption(name, value, '5.0')).toBeNull();
  });

  it('follows the version matrix', () => {
    expect(checkDaemonOption('newrelic-environment', 'x', '5.0')).toBeNull();
    expect(checkDaemonOption('newrelic-environment', 'x', '6.0')?.code).toBe('OPTION_NOT_IN_VERSION');
    for (const name of ['switch-interval', 'interrupt-timeout', 'response-flush-delay']) {
      expect(checkDaemonOption(name, '1', '6.0')).toBeNull();
      expect(checkDaemonOption(name, '1', '4.9')).toMatchObject({
        code: 'OPTION_NOT_IN_VERSION',
        apacheMessage: 'Invalid option to WSGI daemon process definition.',
      });
    }
  });

  it('refuses unknown and wrongly-cased names', () => {
    expect(checkDaemonOption('Threads', 5, '4.9')?.code).toBe('UNKNOWN_DAEMON_OPTION');
    expect(checkDaemonOption('__proto__', 5, '4.9')?.code).toBe('UNKNOWN_DAEMON_OPTION');
  });
});
