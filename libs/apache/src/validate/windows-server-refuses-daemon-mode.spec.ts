import { describe, expect, it } from '@jest/globals';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import type { ServerModel } from '../model/server-model.js';
import { render } from '../render/render.js';
import { validate, validateDirectory } from './validate.js';
import { WINDOWS_CODE } from './platform.rule.js';

const windowsErrors = (model: ServerModel) =>
  validate(model)
    .filter((d) => d.code === WINDOWS_CODE)
    .map((d) => [d.path, d.apacheMessage]);

const invalid = (directive: string) =>
  `Invalid command '${directive}', perhaps misspelled or defined by a module not included in the server configuration`;

/** A server with nothing of daemon mode: only embedded WSGI scripts. */
function embeddedOnly(): ServerModel {
  const model = seedRestrictProcess();
  model.daemonGroups = [];
  model.socketPrefix = null;
  model.virtualHosts[0]!.processGroup = null;
  for (const d of model.directories) {
    d.restrictProcess = null;
    d.rules = [];
    d.env = {};
  }
  return model;
}

describe('platform "windows": mod_wsgi has no daemon mode (seeds, last paragraph)', () => {
  it('linux (the default, also when absent) changes nothing: the seed has no platform diagnostics', () => {
    expect(windowsErrors(seedRestrictProcess())).toEqual([]);
    expect(windowsErrors({ ...seedRestrictProcess(), platform: 'linux' })).toEqual([]);
  });

  it('the WSGIRestrictProcess seed on Windows: every group, selection, list and delegation is refused with the line Apache refuses', () => {
    const model = { ...seedRestrictProcess(), platform: 'windows' as const };
    const errors = windowsErrors(model);
    expect(errors).toContainEqual(['/server/socketPrefix', invalid('WSGISocketPrefix')]);
    for (const g of model.daemonGroups)
      expect(errors).toContainEqual([`/daemon-groups/${g.id}/name`, invalid('WSGIDaemonProcess')]);
    expect(errors).toContainEqual(['/virtual-hosts/vh-site/processGroup', invalid('WSGIProcessGroup')]);
    expect(errors).toContainEqual(['/directories/dir-bob/restrictProcess', invalid('WSGIRestrictProcess')]);
    expect(errors).toContainEqual(['/directories/dir-bob/rules/0/processGroup', invalid('WSGIProcessGroup')]);
    expect(errors).toHaveLength(1 + 7 + 1 + 2 * (1 + 2));
  });

  it('the RewriteMap seed on Windows: the map and WSGIRestrictEmbedded On are refused too', () => {
    const errors = windowsErrors({ ...seedProcessGroupMap(), platform: 'windows' });
    expect(errors).toContainEqual(['/virtual-hosts/vh-map/processGroupMap', invalid('WSGIProcessGroup')]);
    expect(errors).toContainEqual(['/server/restrictEmbedded', invalid('WSGIRestrictEmbedded')]);
  });

  it("server- and vhost-scope lists and a mount with process-group= are refused (mount: mod_wsgi's own text)", () => {
    const model: ServerModel = {
      ...embeddedOnly(),
      platform: 'windows',
      restrictProcess: ['a'],
      processGroup: '%{GLOBAL}',
    };
    model.virtualHosts[0]!.restrictProcess = ['a'];
    model.wsgiMounts = [
      {
        id: 'm1',
        virtualHostId: 'vh-site',
        tenantId: null,
        urlPath: '/app',
        urlPattern: null,
        script: '/srv/app/app.wsgi',
        processGroup: 'a',
        applicationGroup: null,
        callableObject: null,
        passAuthorization: null,
      },
    ];
    expect(windowsErrors(model)).toEqual(
      expect.arrayContaining([
        ['/server/restrictProcess', invalid('WSGIRestrictProcess')],
        ['/server/processGroup', invalid('WSGIProcessGroup')],
        ['/virtual-hosts/vh-site/restrictProcess', invalid('WSGIRestrictProcess')],
        ['/wsgi-mounts/m1/processGroup', 'Invalid option to WSGI script alias definition.'],
      ]),
    );
  });

  it("a tenant's .htaccess edit (validateDirectory) is refused on Windows", () => {
    const model = { ...embeddedOnly(), platform: 'windows' as const };
    model.directories[0]!.rules = [{ files: 'blog.wsgi', processGroup: 'bob:2' }];
    expect(validateDirectory(model, 'dir-bob').map((d) => [d.code, d.path])).toContainEqual([
      WINDOWS_CODE,
      '/directories/dir-bob/rules/0/processGroup',
    ]);
  });

  it('embedded-only WSGI on Windows validates and renders without any daemon-mode directive', () => {
    const model = { ...embeddedOnly(), platform: 'windows' as const };
    expect(validate(model).filter((d) => d.severity === 'error')).toEqual([]);
    const include = render(model).find((f) => f.path === 'httpd/hostplane.conf')?.content ?? '';
    expect(include).not.toMatch(
      /WSGIRestrictEmbedded|WSGIDaemonProcess|WSGIProcessGroup|WSGIRestrictProcess|WSGISocketPrefix/,
    );
    expect(render({ ...model, platform: 'linux' })[0]?.content).toContain('WSGIRestrictEmbedded Off');
  });
});
