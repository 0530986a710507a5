/**
 * checkFacts / checkServerFacts (issue 12 item 3): the agent's facts against the model — a missing unix user
 * or group at the daemon group's field, a mod_wsgi or Python X.Y other than the declared one, a module the
 * rendered config needs but Apache does not load. No facts, or a fact not sent, say nothing.
 */
import { describe, expect, it } from '@jest/globals';
import type { Directory, ServerModel, VirtualHost } from '../model/server-model.js';
import { validate } from '../validate/validate.js';
import { checkFacts, checkServerFacts } from './check-facts.js';
import { factSubjectOf } from './fact-subject.js';
import { moduleUsesOf } from './module-uses.js';
import type { ServerFacts } from './server-facts.js';

const DEBIAN_MODULES = [
  'alias_module',
  'core_module',
  'env_module',
  'mime_module',
  'rewrite_module',
  'so_module',
  'wsgi_module',
];

function vhost(extra: Partial<VirtualHost> = {}): VirtualHost {
  return {
    id: 'v1',
    serverName: 'www.example.com',
    serverAliases: [],
    addresses: ['*:80'],
    documentRoot: null,
    processGroup: null,
    applicationGroup: null,
    env: {},
    processGroupMap: null,
    ...extra,
  };
}

function directory(extra: Partial<Directory> = {}): Directory {
  return {
    id: 'd1',
    virtualHostId: 'v1',
    tenantId: 't-bob',
    path: '/home/bob/public_html',
    urlPath: null,
    allowOverride: [],
    options: [],
    handlers: [],
    restrictProcess: null,
    processGroup: null,
    env: {},
    rules: [],
    ...extra,
  };
}

function model(extra: Partial<ServerModel> = {}): ServerModel {
  return {
    id: 's',
    name: 's',
    modWsgiVersion: '4.9',
    socketPrefix: null,
    restrictEmbedded: true,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: '/etc/apache2/hostplane',
    tenants: [{ id: 't-bob', name: 'bob', unixUser: 'bob', unixGroup: 'bob' }],
    daemonGroups: [
      {
        id: 'g1',
        name: 'bob:1',
        virtualHostId: null,
        tenantId: 't-bob',
        processes: 1,
        threads: 2,
        user: 'bob',
        group: 'bob',
        options: {},
      },
    ],
    virtualHosts: [vhost()],
    directories: [],
    pythonVersion: '3.11',
    ...extra,
  };
}

/** What the agent reports for a host that matches model(): Debian 12, mod_wsgi 4.9.4 on Python 3.11. */
const clean: ServerFacts = {
  apacheVersion: '2.4.62',
  modWsgiVersion: '4.9.4',
  pythonVersion: '3.11',
  modules: DEBIAN_MODULES,
  unixUsers: ['bob'],
  unixGroups: ['bob'],
  missingUnixUsers: [],
  missingUnixGroups: [],
};

const codesAt = (found: readonly { code: string; path: string; severity: string }[]) =>
  found.map((d) => `${d.severity} ${d.code} ${d.path}`);

describe('checkFacts: the agent’s facts against the model', () => {
  it('says nothing without facts, or when the facts match', () => {
    expect(checkServerFacts(model(), null)).toEqual([]);
    expect(checkServerFacts(model(), clean)).toEqual([]);
    expect(checkServerFacts(model(), {})).toEqual([]);
  });

  it('a missing user or group is an error at the group’s user/group field, with Apache’s words', () => {
    const found = checkServerFacts(model(), {
      ...clean,
      unixUsers: [],
      unixGroups: [],
      missingUnixUsers: ['bob'],
      missingUnixGroups: ['bob'],
    });
    expect(codesAt(found)).toEqual([
      'error UNIX_USER_MISSING /daemon-groups/g1/user',
      'error UNIX_GROUP_MISSING /daemon-groups/g1/group',
    ]);
    expect(found[0]).toMatchObject({ declared: 'bob', reported: null, apacheMessage: 'bad user name bob' });
    expect(found[1]).toMatchObject({ apacheMessage: 'bad group name bob' });
    expect(found[0]?.message).toContain('bob:1');
  });

  it('every group running as a missing user is named, each at its own path', () => {
    const base = model();
    const group = base.daemonGroups[0]!;
    const m = model({
      daemonGroups: [group, { ...group, id: 'g2', name: 'bob:2' }, { ...group, id: 'g3', user: 'carol' }],
    });
    const found = checkServerFacts(m, { ...clean, missingUnixUsers: ['bob'] });
    expect(codesAt(found)).toEqual([
      'error UNIX_USER_MISSING /daemon-groups/g1/user',
      'error UNIX_USER_MISSING /daemon-groups/g2/user',
    ]);
  });

  it('a name the agent was not asked about yet (in neither list) is unknown, not missing', () => {
    const m = model({
      daemonGroups: [{ ...model().daemonGroups[0]!, user: 'carol', group: 'carol', tenantId: null }],
    });
    expect(checkServerFacts(m, clean)).toEqual([]);
  });

  it('an older agent that lists only existing names: an unlisted name is missing', () => {
    const older: ServerFacts = { modules: DEBIAN_MODULES, unixUsers: [], unixGroups: ['bob'] };
    expect(codesAt(checkServerFacts(model(), older))).toEqual([
      'error UNIX_USER_MISSING /daemon-groups/g1/user',
    ]);
  });

  it('unix facts not sent at all contradict nothing; groups without user=/group= are not checked', () => {
    expect(checkServerFacts(model(), { modules: DEBIAN_MODULES })).toEqual([]);
    const g = { ...model().daemonGroups[0]!, user: null, group: null, tenantId: null };
    expect(checkServerFacts(model({ daemonGroups: [g] }), { unixUsers: [], unixGroups: [] })).toEqual([]);
  });

  it('a numeric id is not a name getent was asked about', () => {
    const g = { ...model().daemonGroups[0]!, user: '#1000', tenantId: null };
    expect(checkServerFacts(model({ daemonGroups: [g] }), { unixUsers: [], unixGroups: ['bob'] })).toEqual(
      [],
    );
  });

  it('another Python X.Y under mod_wsgi is an error at /server/pythonVersion; the patch level does not matter', () => {
    const found = checkServerFacts(model(), { ...clean, pythonVersion: '3.12' });
    expect(codesAt(found)).toEqual(['error PYTHON_VERSION_DIFFERS /server/pythonVersion']);
    expect(found[0]).toMatchObject({ declared: '3.11', reported: '3.12' });
    expect(found[0]?.message).toContain('3.12');
    expect(checkServerFacts(model(), { ...clean, pythonVersion: '3.11.2' })).toEqual([]);
  });

  it('no declared Python, or none reported: nothing to compare', () => {
    expect(checkServerFacts(model({ pythonVersion: null }), { ...clean, pythonVersion: '3.12' })).toEqual([]);
    expect(checkServerFacts(model(), { ...clean, pythonVersion: null })).toEqual([]);
  });

  it('another mod_wsgi X.Y is a warning at /server/modWsgiVersion', () => {
    const found = checkServerFacts(model(), { ...clean, modWsgiVersion: '5.0.1' });
    expect(codesAt(found)).toEqual(['warning MOD_WSGI_VERSION_DIFFERS /server/modWsgiVersion']);
    expect(found[0]).toMatchObject({ declared: '4.9', reported: '5.0.1' });
    expect(checkServerFacts(model(), { ...clean, modWsgiVersion: '4.9.0' })).toEqual([]);
  });

  it('mod_wsgi not loaded is an error on the server; an unknown module list says nothing', () => {
    const found = checkServerFacts(model(), { ...clean, modules: ['core_module'] });
    expect(codesAt(found)).toEqual(['error MOD_WSGI_NOT_LOADED /server']);
    const { modules: _omitted, ...noModules } = clean;
    expect(checkServerFacts(model(), noModules)).toEqual([]);
  });

  it('a process-group map needs mod_rewrite, attributed to the vhost’s map, with Apache’s words', () => {
    const map = { variable: 'PROCESS_GROUP', fallback: 'bob:1', entries: [] };
    const m = model({ virtualHosts: [vhost({ processGroupMap: map })] });
    expect(checkServerFacts(m, clean)).toEqual([]);
    const found = checkServerFacts(m, { ...clean, modules: ['core_module', 'wsgi_module'] });
    expect(codesAt(found)).toEqual(['error MODULE_NOT_LOADED /virtual-hosts/v1/processGroupMap']);
    expect(found[0]).toMatchObject({
      declared: 'rewrite_module',
      apacheMessage: expect.stringContaining("Invalid command 'RewriteEngine'"),
    });
  });

  it('Alias needs mod_alias, SetEnv mod_env (vhost, directory or .htaccess), AddHandler mod_mime', () => {
    const m = model({
      virtualHosts: [vhost({ env: { PROCESS_GROUP: 'bob:1' } })],
      directories: [
        directory({
          urlPath: '/~bob',
          handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
        }),
      ],
    });
    const found = checkServerFacts(m, { ...clean, modules: ['core_module', 'wsgi_module'] });
    expect(codesAt(found).sort()).toEqual(
      [
        'error MODULE_NOT_LOADED /virtual-hosts/v1/env',
        'error MODULE_NOT_LOADED /directories/d1/urlPath',
        'error MODULE_NOT_LOADED /directories/d1/handlers',
      ].sort(),
    );
    expect(found.map((d) => d.declared).sort()).toEqual(['alias_module', 'env_module', 'mime_module']);
  });

  it('one diagnostic per missing module, at its first use', () => {
    const dirs = ['d1', 'd2', 'd3'].map((id) => directory({ id, path: `/srv/${id}`, env: { A: 'b' } }));
    const found = checkServerFacts(model({ directories: dirs }), { ...clean, modules: ['wsgi_module'] });
    expect(codesAt(found)).toEqual(['error MODULE_NOT_LOADED /directories/d1/env']);
  });

  it('.htaccess rules render SetEnv in the tenant’s file: mod_env is needed for them too', () => {
    const d = directory({ rules: [{ files: 'app.wsgi', processGroup: 'bob:1' }] });
    expect(moduleUsesOf(model({ directories: [d] }))).toEqual([
      { directive: 'SetEnv', path: '/directories/d1/rules' },
    ]);
  });

  it('WSGIScriptAlias mounts need only mod_wsgi', () => {
    const mount = {
      id: 'm1',
      virtualHostId: 'v1',
      tenantId: 't-bob',
      urlPath: '/blog',
      urlPattern: null,
      script: '/home/bob/blog/wsgi.py',
      processGroup: 'bob:1',
      applicationGroup: null,
      callableObject: null,
      passAuthorization: null,
    };
    expect(moduleUsesOf(model({ wsgiMounts: [mount] }))).toEqual([]);
  });

  it('checkFacts over a subject built without the model (the fleet view) equals checkServerFacts', () => {
    const m = model({ directories: [directory({ urlPath: '/~bob' })] });
    const facts: ServerFacts = { ...clean, modules: ['wsgi_module'], missingUnixUsers: ['bob'] };
    const subject = {
      modWsgiVersion: '4.9',
      pythonVersion: '3.11',
      daemonGroups: [{ id: 'g1', name: 'bob:1', user: 'bob', group: 'bob' }],
      moduleUses: [{ directive: 'Alias' as const, path: '/directories/d1/urlPath' }],
    };
    expect(checkFacts(subject, facts)).toEqual(checkServerFacts(m, facts));
    expect(factSubjectOf(m).moduleUses).toEqual(subject.moduleUses);
  });

  it('facts never change what validate() says (they are a separate pass)', () => {
    const m = model();
    const before = validate(m);
    checkServerFacts(m, { ...clean, missingUnixUsers: ['bob'] });
    expect(validate(m)).toEqual(before);
  });
});
