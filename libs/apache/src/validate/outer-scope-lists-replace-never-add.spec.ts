import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ServerModel } from '../model/server-model.js';
import { render } from '../render/index.js';
import { createResolver } from '../resolve/index.js';
import { restrictListInForce } from '../wsgi/restrict-scope.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { buildModelIndex } from './model-index.js';
import { allowedProcessGroups } from './tenant-selection.js';
import { validate } from './validate.js';

/** The WSGIRestrictProcess seed with bob's own list removed, so the outer lists decide for him. */
function seedWith(change: (model: ServerModel) => void): ServerModel {
  const model = seedRestrictProcess();
  model.directories.find((d) => d.id === 'dir-bob')!.restrictProcess = null;
  change(model);
  return model;
}

const at = (diagnostics: Diagnostic[], code: string) =>
  diagnostics.filter((d) => d.code === code).map((d) => `${d.severity} ${d.path}`);

describe('the restriction list in force: nearest of directory → vhost → server, replacing (spec §3)', () => {
  it('takes the nearest list that exists; an empty list is a list, only “no directive” falls through', () => {
    const server = { restrictProcess: ['a'] };
    expect(restrictListInForce(server, { restrictProcess: ['b'] }, ['c'])).toEqual({
      list: ['c'],
      scope: 'directory',
    });
    expect(restrictListInForce(server, { restrictProcess: ['b'] }, null)).toEqual({
      list: ['b'],
      scope: 'virtual-host',
    });
    expect(restrictListInForce(server, { restrictProcess: [] }, null)).toEqual({
      list: [],
      scope: 'virtual-host',
    });
    expect(restrictListInForce(server, { restrictProcess: null }, null)).toEqual({
      list: ['a'],
      scope: 'server',
    });
    expect(restrictListInForce({}, {}, undefined)).toEqual({ list: null, scope: null });
  });

  it('a vhost list applies to a directory without one, and its groups are not added to a directory’s own', () => {
    const model = seedWith((m) => (m.virtualHosts[0]!.restrictProcess = ['bob:1', 'bob:2', 'default']));
    // bob's rule for wiki.wsgi selects bob:3, which the vhost's list does not hold.
    expect(at(validate(model), 'GROUP_NOT_IN_RESTRICT_LIST')).toEqual([
      'error /directories/dir-bob/rules/1/processGroup',
    ]);
    // joe's own list [joe:1 joe:2 joe:3] replaces the vhost's: his rules stay valid although the vhost lists none.
    expect(
      validate(model).filter((d) => d.path.startsWith('/directories/dir-joe') && d.severity === 'error'),
    ).toEqual([]);
  });

  it('a vhost list replaces the server list, which applies only to vhosts without one', () => {
    const narrow = seedWith((m) => (m.restrictProcess = ['bob:1', 'default']));
    expect(at(validate(narrow), 'GROUP_NOT_IN_RESTRICT_LIST').sort()).toEqual([
      'error /directories/dir-bob/rules/0/processGroup',
      'error /directories/dir-bob/rules/1/processGroup',
    ]);
    const replaced = seedWith((m) => {
      m.restrictProcess = ['bob:1', 'default'];
      m.virtualHosts[0]!.restrictProcess = ['bob:1', 'bob:2', 'bob:3', 'default'];
    });
    expect(at(validate(replaced), 'GROUP_NOT_IN_RESTRICT_LIST')).toEqual([]);
  });

  it('the vhost’s SetEnv default meets the vhost’s (or server’s) list', () => {
    const model = seedWith((m) => (m.virtualHosts[0]!.restrictProcess = ['bob:1', 'bob:2', 'bob:3']));
    expect(at(validate(model), 'GROUP_NOT_IN_RESTRICT_LIST')).toEqual([
      'error /virtual-hosts/vh-site/env/PROCESS_GROUP',
    ]);
  });

  it('from an inherited list a tenant may take only its own groups; a directory’s own list is the admin’s offer', () => {
    const model = seedWith(
      (m) => (m.virtualHosts[0]!.restrictProcess = ['joe:1', 'bob:2', 'bob:1', 'default']),
    );
    const bob = model.directories.find((d) => d.id === 'dir-bob')!;
    expect(allowedProcessGroups(buildModelIndex(model), bob)).toEqual(['bob:2', 'bob:1']);
    bob.rules[0]!.processGroup = 'joe:1';
    expect(at(validate(model), 'GROUP_NOT_ALLOWED_FOR_TENANT')).toContain(
      'error /directories/dir-bob/rules/0/processGroup',
    );
    bob.restrictProcess = ['joe:1', 'bob:1'];
    expect(allowedProcessGroups(buildModelIndex(model), bob)).toEqual(['joe:1', 'bob:1']);
  });

  it('server and vhost values are checked for injection and existence', () => {
    const model = seedWith((m) => {
      m.restrictProcess = ['bob:1\nInclude /etc/shadow', 'nobody:9'];
      m.processGroup = 'x y';
      m.virtualHosts[0]!.restrictProcess = ['BOB:1'];
    });
    const diagnostics = validate(model);
    expect(at(diagnostics, 'UNSAFE_CONFIG_VALUE')).toEqual(
      expect.arrayContaining(['error /server/restrictProcess/0', 'error /server/processGroup']),
    );
    expect(at(diagnostics, 'UNKNOWN_GROUP')).toContain('error /server/restrictProcess/1');
    expect(at(diagnostics, 'GROUP_NAME_CASE_MISMATCH')).toContain(
      'error /virtual-hosts/vh-site/restrictProcess/0',
    );
  });
});

describe('WSGIProcessGroup at server scope: the vhost’s replaces it, a directory’s replaces both (spec §2.1)', () => {
  const model = (): ServerModel => {
    const m = seedRestrictProcess();
    m.processGroup = 'default';
    m.virtualHosts[0]!.processGroup = null;
    const bob = m.directories.find((d) => d.id === 'dir-bob')!;
    const joe = m.directories.find((d) => d.id === 'dir-joe')!;
    bob.urlPath = '/~bob';
    bob.restrictProcess = null;
    joe.urlPath = '/~joe';
    joe.processGroup = 'joe:2';
    return m;
  };

  it('resolve() runs a directory without its own group in the server’s, and says so', () => {
    const resolver = createResolver(model());
    const bob = resolver({ host: 'www.site.com', path: '/~bob/app.wsgi', port: 80 });
    expect([bob.status, bob.processGroup]).toEqual([200, 'default']);
    expect(bob.trace.find((t) => t.step === 'process-group')?.source).toBe(
      'server-scope WSGIProcessGroup default (the vhost sets none)',
    );
    const joe = resolver({ host: 'www.site.com', path: '/~joe/app.wsgi', port: 80 });
    expect([joe.status, joe.processGroup]).toEqual([200, 'joe:2']);
  });

  it('a vhost’s WSGIProcessGroup replaces the server’s', () => {
    const m = model();
    m.virtualHosts[0]!.processGroup = 'bob:1';
    const bob = createResolver(m)({ host: 'www.site.com', path: '/~bob/app.wsgi', port: 80 });
    expect([bob.status, bob.processGroup]).toEqual([200, 'bob:1']);
  });

  it('renders it at global scope, before the first <VirtualHost>', () => {
    const m = model();
    m.restrictProcess = ['default', 'bob:1', 'bob:2', 'bob:3', 'joe:1', 'joe:2', 'joe:3', '%{GLOBAL}'];
    const conf = render(m).find((f) => f.path === 'httpd/hostplane.conf')!.content;
    const global = conf.slice(0, conf.indexOf('<VirtualHost'));
    expect(global).toContain('WSGIRestrictProcess %{GLOBAL} bob:1 bob:2 bob:3 default joe:1 joe:2 joe:3\n');
    expect(global).toContain('WSGIProcessGroup default\n');
  });
});
