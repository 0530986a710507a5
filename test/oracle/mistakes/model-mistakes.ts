import type { DaemonGroup, ServerModel } from '../engine.js';

/**
 * The same mistakes as config-mistakes.ts / request-mistakes.ts, made in a model (the WSGIRestrictProcess
 * seed). A string instead of a function says why the mistake cannot be expressed in the model.
 */
export type ModelMistake = ((model: ServerModel) => void) | string;

function bobGroup(model: ServerModel): DaemonGroup {
  const group = model.daemonGroups.find((g) => g.name === 'bob:1');
  if (group === undefined) throw new Error('seed has no bob:1');
  return group;
}

function addOtherVhost(model: ServerModel, groupName: string): void {
  model.virtualHosts.push({
    ...structuredClone(model.virtualHosts[0]!),
    id: 'vh-other',
    serverName: 'other.example',
  });
  model.daemonGroups.push({ ...bobGroup(model), id: 'dg-other', name: groupName, virtualHostId: 'vh-other' });
}

function bobRule(model: ServerModel, processGroup: string, restrictExtra?: string): void {
  const dir = model.directories.find((d) => d.id === 'dir-bob');
  if (dir === undefined) throw new Error('seed has no dir-bob');
  if (restrictExtra !== undefined) dir.restrictProcess = [...(dir.restrictProcess ?? []), restrictExtra];
  dir.rules.push({ files: 'x.wsgi', processGroup });
}

export const MODEL_MISTAKES: Record<string, ModelMistake> = {
  'duplicate-group-across-vhosts': (m) => addOtherVhost(m, 'bob:1'),
  'duplicate-group-global-and-vhost': (m) =>
    m.daemonGroups.push({ ...bobGroup(m), id: 'dg-dup', virtualHostId: null }),
  'threads-out-of-range': (m) => void (bobGroup(m).threads = 65534),
  'processes-zero': (m) => void (bobGroup(m).processes = 0),
  'option-in-wrong-case': (m) => void (bobGroup(m).options = { Threads: 5 }),
  'unknown-option': (m) => void (bobGroup(m).options = { 'no-such-option': 1 }),
  'option-of-mod-wsgi-6-on-4.9': (m) => void (bobGroup(m).options = { 'switch-interval': 0.005 }),
  'user-root': (m) => void (bobGroup(m).user = 'root'),
  'unknown-user': 'the model does not know which unix users exist on the web server',
  'unknown-group': 'the model does not know which unix groups exist on the web server',
  'empty-group-name': (m) => void (bobGroup(m).name = ''),
  'bad-umask': (m) => void (bobGroup(m).options = { umask: '8' }),
  'send-buffer-too-small': (m) => void (bobGroup(m).options = { 'send-buffer-size': 100 }),
  'restrict-embedded-in-vhost': 'restrictEmbedded is a server field; the model cannot place it in a vhost',
  'socket-prefix-in-vhost': 'socketPrefix is a server field; the model cannot place it in a vhost',
  'empty-process-group': (m) => void (m.virtualHosts[0]!.processGroup = ''),
  // request-time mistakes
  'not-a-member': (m) => bobRule(m, 'joe:1'),
  'unknown-group-at-request': (m) => bobRule(m, 'bob:9', 'bob:9'),
  'other-vhost-group': (m) => {
    addOtherVhost(m, 'other:1');
    bobRule(m, 'other:1', 'other:1');
  },
  'embedded-disabled': (m) => {
    m.restrictEmbedded = true;
    bobRule(m, '%{GLOBAL}', '%{GLOBAL}');
  },
};

/** Request mistakes live in .htaccess directives the model has no field for; parseHtaccess must refuse them. */
export const HTACCESS_ONLY = new Set([
  'process-group-in-htaccess',
  'process-group-in-htaccess-files',
  'restrict-process-in-htaccess',
]);
