import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ServerModel } from '../model/server-model.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { validate } from './validate.js';

/** bob:1's options, changed on a fresh seed; returns every diagnostic of the whole model. */
function withOptions(options: ServerModel['daemonGroups'][number]['options']): Diagnostic[] {
  const model = seedRestrictProcess();
  model.daemonGroups[1]!.options = options;
  return validate(model);
}

const at = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

describe('WSGIDaemonProcess options that clash (spec §1.4, rule O4)', () => {
  it('script-user and script-group together are refused with mod_wsgi’s text, at script-group', () => {
    const found = at(
      withOptions({ 'script-user': 'bob', 'script-group': 'bob' }),
      'CONFLICTING_DAEMON_OPTIONS',
    );
    expect(found).toEqual([
      {
        code: 'CONFLICTING_DAEMON_OPTIONS',
        severity: 'error',
        path: '/daemon-groups/dg-bob-1/options/script-group',
        message: expect.any(String),
        apacheMessage: 'Only one of script-user and script-group allowed.',
      },
    ]);
  });

  it('either one alone is accepted', () => {
    expect(withOptions({ 'script-user': 'bob' }).filter((d) => d.severity === 'error')).toEqual([]);
    expect(withOptions({ 'script-group': 'bob' }).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('chroot is accepted with the warning DEPRECATED_DAEMON_OPTION', () => {
    const diagnostics = withOptions({ chroot: '/srv/jail' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(at(diagnostics, 'DEPRECATED_DAEMON_OPTION')).toMatchObject([
      { severity: 'warning', path: '/daemon-groups/dg-bob-1/options/chroot' },
    ]);
  });

  it.each(['processes', 'threads', 'user', 'group'])(
    '%s in options repeats a dedicated field: DUPLICATE_DAEMON_OPTION',
    (name) => {
      const value = name === 'user' || name === 'group' ? 'bob' : 5;
      expect(at(withOptions({ [name]: value }), 'DUPLICATE_DAEMON_OPTION')).toMatchObject([
        { severity: 'error', path: `/daemon-groups/dg-bob-1/options/${name}` },
      ]);
    },
  );

  it('other options are not duplicates', () => {
    expect(at(withOptions({ 'maximum-requests': 1000 }), 'DUPLICATE_DAEMON_OPTION')).toEqual([]);
  });
});
