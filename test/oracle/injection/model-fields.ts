import { seedRestrictProcess } from '../../../libs/apache/test-fixtures/seed-restrict-process.js';
import type { ServerModel } from '../engine.js';

/** The WSGIRestrictProcess seed with every renderable string field filled in with something valid. */
export function fullModel(): ServerModel {
  const model = seedRestrictProcess();
  const vhost = model.virtualHosts[0]!;
  vhost.serverAliases = ['site.com'];
  vhost.documentRoot = '/srv/www/site';
  vhost.applicationGroup = '%{GLOBAL}';
  vhost.env = { ...vhost.env, APP_MODE: 'prod' };
  vhost.processGroupMap = {
    variable: 'PROCESS_GROUP',
    fallback: 'default',
    entries: [{ uri: '/app/a.wsgi', processGroup: 'bob:1' }],
  };
  const bob = model.daemonGroups.find((g) => g.name === 'bob:1')!;
  bob.options = { 'display-name': 'bob-one', 'python-path': '/home/bob/lib' };
  const dir = model.directories[0]!;
  dir.urlPath = '/bob';
  dir.rules.push({ filesMatch: '^api[0-9]\\.wsgi$', processGroup: 'bob:2' });
  return model;
}

type Setter = (model: ServerModel, value: string) => void;

/** Every string field that reaches a rendered file, by a readable name. */
export const STRING_FIELDS: readonly [field: string, set: Setter][] = [
  ['server.socketPrefix', (m, v) => void (m.socketPrefix = v)],
  ['server.configDir', (m, v) => void (m.configDir = v)],
  ['daemonGroup.name', (m, v) => void (m.daemonGroups[1]!.name = v)],
  ['daemonGroup.user', (m, v) => void (m.daemonGroups[1]!.user = v)],
  ['daemonGroup.group', (m, v) => void (m.daemonGroups[1]!.group = v)],
  ['daemonGroup.options[display-name]', (m, v) => void (m.daemonGroups[1]!.options['display-name'] = v)],
  ['daemonGroup.options[python-path]', (m, v) => void (m.daemonGroups[1]!.options['python-path'] = v)],
  ['virtualHost.serverName', (m, v) => void (m.virtualHosts[0]!.serverName = v)],
  ['virtualHost.serverAliases[]', (m, v) => void (m.virtualHosts[0]!.serverAliases = [v])],
  ['virtualHost.addresses[]', (m, v) => void (m.virtualHosts[0]!.addresses = [v])],
  ['virtualHost.documentRoot', (m, v) => void (m.virtualHosts[0]!.documentRoot = v)],
  ['virtualHost.processGroup', (m, v) => void (m.virtualHosts[0]!.processGroup = v)],
  ['virtualHost.applicationGroup', (m, v) => void (m.virtualHosts[0]!.applicationGroup = v)],
  ['virtualHost.env value', (m, v) => void (m.virtualHosts[0]!.env.APP_MODE = v)],
  ['virtualHost.env name', (m, v) => void (m.virtualHosts[0]!.env[v] = 'prod')],
  ['processGroupMap.variable', (m, v) => void (m.virtualHosts[0]!.processGroupMap!.variable = v)],
  ['processGroupMap.fallback', (m, v) => void (m.virtualHosts[0]!.processGroupMap!.fallback = v)],
  ['processGroupMap.entries[].uri', (m, v) => void (m.virtualHosts[0]!.processGroupMap!.entries[0]!.uri = v)],
  [
    'processGroupMap.entries[].processGroup',
    (m, v) => void (m.virtualHosts[0]!.processGroupMap!.entries[0]!.processGroup = v),
  ],
  ['tenant.unixUser', (m, v) => void (m.tenants[0]!.unixUser = v)],
  ['tenant.unixGroup', (m, v) => void (m.tenants[0]!.unixGroup = v)],
  ['directory.path', (m, v) => void (m.directories[0]!.path = v)],
  ['directory.urlPath', (m, v) => void (m.directories[0]!.urlPath = v)],
  ['directory.options[]', (m, v) => void (m.directories[0]!.options = [v])],
  ['directory.handlers[].handler', (m, v) => void (m.directories[0]!.handlers[0]!.handler = v)],
  ['directory.handlers[].extensions[]', (m, v) => void (m.directories[0]!.handlers[0]!.extensions = [v])],
  ['directory.restrictProcess[]', (m, v) => void (m.directories[0]!.restrictProcess = ['bob:1', v])],
  ['directory.processGroup', (m, v) => void (m.directories[0]!.processGroup = v)],
  ['directory.env value', (m, v) => void (m.directories[0]!.env.PROCESS_GROUP = v)],
  ['directory.env name', (m, v) => void (m.directories[0]!.env[v] = 'bob:1')],
  ['rule.files', (m, v) => void (m.directories[0]!.rules[0]!.files = v)],
  ['rule.filesMatch', (m, v) => void (m.directories[0]!.rules[2]!.filesMatch = v)],
  ['rule.variable', (m, v) => void (m.directories[0]!.rules[0]!.variable = v)],
  ['rule.processGroup', (m, v) => void (m.directories[0]!.rules[0]!.processGroup = v)],
];
