/**
 * Restarting one mod_wsgi daemon group on a real Apache (issue 12 item 5; ADR 0008): libs/deploy finds the
 * group's processes by their display-name title and their own listener socket, sends SIGUSR1, and Apache
 * starts new ones. Only that group's pids change, and no request of any group fails meanwhile, not even one
 * in flight in the restarted group.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { findGroupDaemons, restartDaemonGroup, type DaemonGroupIdentity } from '#deploy';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';
import type { DaemonGroup } from '../engine.js';
import { deployModel } from '../proof/deploy-model.js';
import { oracleServer, tenant, tenantGroup, virtualHost, wsgiDirectory } from '../proof/oracle-model.js';

const HOST = 'www.site.com';
/** Group → URL path of its directory; the last two share the 17-character title "(wsgi:bob:applica". */
const GROUPS = ['bob:1', 'bob:2', 'joe:1', 'joe:2', 'bob:application1', 'bob:application2'];
const urlOf = (group: string) => `/${group.replace(':', '-')}/app.wsgi`;

describeWithApache('restarting one daemon group on a real Apache', () => {
  let apache: ApacheInstance;
  const identity = (name: string, displayName: string | null = '%{GROUP}'): DaemonGroupIdentity => ({
    name,
    displayName: name === 'joe:2' ? null : displayName,
    socketPrefix: apache.layout.socketPrefix,
  });
  const pidsOf = async (name: string) => (await findGroupDaemons(identity(name))).pids;
  const allPids = async () =>
    Object.fromEntries(await Promise.all(GROUPS.map(async (g) => [g, await pidsOf(g)] as const)));

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create();
    const root = apache.root;
    const group = (name: string): DaemonGroup => ({
      ...tenantGroup(name, name.slice(0, 3), 'v1'),
      processes: name === 'bob:2' ? 2 : 1,
      // joe:2 keeps Apache's own name: the group that cannot be identified.
      options: name === 'joe:2' ? {} : { 'display-name': '%{GROUP}' },
    });
    const model = oracleServer(root, {
      tenants: [tenant('bob'), tenant('joe')],
      daemonGroups: GROUPS.map(group),
      virtualHosts: [virtualHost('v1', HOST, { addresses: [`*:${apache.port}`] })],
      directories: GROUPS.map((name) =>
        wsgiDirectory(`d-${name.replace(':', '-')}`, 'v1', `${root}/home/${name.replace(':', '-')}`, {
          urlPath: `/${name.replace(':', '-')}`,
          processGroup: name,
          tenantId: `tn-${name.slice(0, 3)}`,
        }),
      ),
    });
    deployModel(apache, model, { scripts: model.directories.map((d) => `${d.path}/app.wsgi`) });
    apache.writeFile(
      `${root}/home/bob-2/slow.wsgi`,
      'import time\n\ndef application(environ, start_response):\n    time.sleep(2)\n    start_response("200 OK", [("Content-Type", "text/plain")])\n    return [b"slow"]\n',
    );
    await apache.start();
    for (const g of GROUPS) expect([g, (await apache.request(HOST, urlOf(g))).status]).toEqual([g, 200]);
  }, 60_000);
  afterAll(async () => {
    await apache?.dispose();
  });

  it('bob:2 gets new pids, every other group keeps its own; no request of bob:1, joe:1 or bob:2 fails', async () => {
    const before = await allPids();
    expect(before['bob:1']).toHaveLength(1);
    expect(before['bob:2']).toHaveLength(2);
    expect(before['joe:1']).toHaveLength(1);
    let stop = false;
    const probe = async (group: string) => {
      const statuses: string[] = [];
      while (!stop) {
        statuses.push(await apache.request(HOST, urlOf(group)).then((r) => String(r.status), String));
        await new Promise((r) => setTimeout(r, 10));
      }
      return statuses;
    };
    const loops = Promise.all(['bob:1', 'joe:1', 'bob:2'].map(probe));
    // A request of bob:2 still running when the signal arrives.
    const inFlight = apache.request(HOST, '/bob-2/slow.wsgi').then((r) => r.status, String);
    await new Promise((r) => setTimeout(r, 300));
    const outcome = await restartDaemonGroup(identity('bob:2'), { timeoutMs: 30_000 });
    await new Promise((r) => setTimeout(r, 500)); // the loops also run against the new processes
    stop = true;
    const [bob1, joe1, bob2] = await loops;

    expect(outcome).toMatchObject({ ok: true, errors: [], pidsBefore: before['bob:2'] });
    expect(outcome.pidsAfter).toHaveLength(2);
    expect(outcome.pidsAfter.some((p) => before['bob:2']!.includes(p))).toBe(false);
    expect(await inFlight).toBe(200);
    for (const statuses of [bob1!, joe1!, bob2!]) {
      expect(statuses.length).toBeGreaterThan(5);
      expect(statuses.filter((s) => s !== '200')).toEqual([]);
    }
    const after = await allPids();
    expect(after).toEqual({ ...before, 'bob:2': outcome.pidsAfter });
    expect((await apache.request(HOST, urlOf('bob:2'))).probe?.process_group).toBe('bob:2');
  }, 60_000);

  it('a title cut to the same 17 characters as another group’s is refused: nothing is signalled', async () => {
    const before = await allPids();
    expect(before['bob:application1']).toEqual([]); // ambiguous: findGroupDaemons names no pid
    const signalled: number[] = [];
    const outcome = await restartDaemonGroup(identity('bob:application1'), {
      signal: (pid) => signalled.push(pid),
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.errors.join()).toMatch(/shared by 2 daemon groups/);
    expect(signalled).toEqual([]);
  });

  it('a group without display-name, or of another socket prefix, is never signalled', async () => {
    const signalled: number[] = [];
    const spy = { signal: (pid: number) => void signalled.push(pid) };
    const joe2 = await restartDaemonGroup(identity('joe:2'), spy);
    expect(joe2.errors.join()).toMatch(/has no display-name/);
    const elsewhere = await restartDaemonGroup(
      { ...identity('bob:1'), socketPrefix: '/elsewhere/wsgi' },
      spy,
    );
    expect(elsewhere).toMatchObject({ ok: false, pidsBefore: [] });
    expect(signalled).toEqual([]);
  });
});
