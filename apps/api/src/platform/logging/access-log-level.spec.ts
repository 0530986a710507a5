import { describe, expect, it } from '@jest/globals';
import { accessLogLevel } from './access-log-level.js';

describe('the level of a request’s access line', () => {
  it.each([
    [200, undefined, 'info'],
    [201, undefined, 'info'],
    [204, undefined, 'info'],
    [301, undefined, 'info'],
    [304, undefined, 'debug'],
    [400, undefined, 'warn'],
    [404, undefined, 'warn'],
    [499, undefined, 'warn'],
    [500, undefined, 'error'],
    [503, undefined, 'error'],
    [200, new Error('aborted'), 'error'],
    [304, new Error('aborted'), 'error'],
  ])('%i (error: %p) is %s', (status, error, level) => {
    expect(accessLogLevel(status, error)).toBe(level);
  });
});
