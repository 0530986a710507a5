import type { ServerModel } from '../src/model/server-model.js';
import { seedRestrictProcess } from './seed-restrict-process.js';

/** The WSGIRestrictProcess seed with every optional string field filled, so field-wide tests reach them all. */
export function richSeed(): ServerModel {
  const model = seedRestrictProcess();
  const vhost = model.virtualHosts[0]!;
  vhost.serverAliases = ['site.com'];
  vhost.documentRoot = '/srv/www/site';
  vhost.applicationGroup = '%{GLOBAL}';
  model.daemonGroups[1]!.options = {
    'display-name': '%{GROUP}',
    home: '/home/bob',
    'maximum-requests': 1000,
  };
  const bob = model.directories[0]!;
  bob.urlPath = '/bob';
  bob.rules.push({ filesMatch: '^app[0-9]\\.wsgi$', variable: 'PROCESS_GROUP', processGroup: 'bob:1' });
  return model;
}
