/**
 * python-home / python-path (issue 10): absolute, never another tenant's files, never a venv's bin/ or
 * site-packages; the server's pythonVersion is X.Y.
 */
import { describe, expect, it } from '@jest/globals';
import type { DaemonOptionValue, ServerModel } from '../model/server-model.js';
import { validate } from './validate.js';

function model(options: Record<string, DaemonOptionValue>, extra: Partial<ServerModel> = {}): ServerModel {
  return {
    id: 's',
    name: 's',
    modWsgiVersion: '4.9',
    socketPrefix: null,
    restrictEmbedded: true,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: '/etc/apache2/hostplane',
    tenants: [
      { id: 't-bob', name: 'bob', unixUser: 'bob', unixGroup: 'bob' },
      { id: 't-joe', name: 'joe', unixUser: 'joe', unixGroup: 'joe', homeDirectory: '/srv/joe' },
    ],
    daemonGroups: [
      {
        id: 'g',
        name: 'bob:2',
        virtualHostId: null,
        tenantId: 't-bob',
        processes: 1,
        threads: 2,
        user: 'bob',
        group: 'bob',
        options,
      },
    ],
    virtualHosts: [],
    directories: [],
    ...extra,
  };
}

const found = (m: ServerModel) =>
  validate(m)
    .filter((d) => /PYTHON/.test(d.code))
    .map((d) => [d.code, d.severity, d.path]);

describe('python-home and python-path', () => {
  it("accepts bob's own venv and code", () => {
    expect(
      found(model({ 'python-home': '/home/bob/venv', 'python-path': '/home/bob/blog:/home/bob/lib' })),
    ).toEqual([]);
  });

  it("refuses joe's venv (joe's home is where joe's tenant says)", () => {
    expect(found(model({ 'python-home': '/srv/joe/venv' }))).toEqual([
      ['PYTHON_PATH_OF_ANOTHER_TENANT', 'error', '/daemon-groups/g/options/python-home'],
    ]);
    expect(found(model({ 'python-path': '/home/bob/blog:/srv/joe/lib' }))).toEqual([
      ['PYTHON_PATH_OF_ANOTHER_TENANT', 'error', '/daemon-groups/g/options/python-path'],
    ]);
  });

  it('refuses venv/bin, site-packages and relative paths; warns outside the tenant', () => {
    expect(found(model({ 'python-home': '/home/bob/venv/bin' }))).toEqual([
      ['PYTHON_HOME_NOT_A_VENV_ROOT', 'error', '/daemon-groups/g/options/python-home'],
    ]);
    expect(found(model({ 'python-home': '/home/bob/venv/lib/python3.11/site-packages' }))).toEqual([
      ['PYTHON_HOME_NOT_A_VENV_ROOT', 'error', '/daemon-groups/g/options/python-home'],
    ]);
    expect(found(model({ 'python-path': 'blog' }))).toEqual([
      ['INVALID_PYTHON_PATH', 'error', '/daemon-groups/g/options/python-path'],
    ]);
    expect(found(model({ 'python-home': '/opt/venv' }))).toEqual([
      ['PYTHON_PATH_OUTSIDE_TENANT', 'warning', '/daemon-groups/g/options/python-home'],
    ]);
  });

  it('pythonVersion is X.Y', () => {
    expect(found(model({}, { pythonVersion: '3.11' }))).toEqual([]);
    expect(found(model({}, { pythonVersion: '3.11.2' }))).toEqual([
      ['INVALID_PYTHON_VERSION', 'error', '/server/pythonVersion'],
    ]);
  });
});
