/**
 * Issue 12 item 3: the agent's facts feed validation. A report (agent token, real PostgreSQL) saying joe's
 * unix user is missing shows up in GET /servers/{id}/validation at each of joe's groups' user= field, in the
 * fleet view with the same code and path, and refuses a publish (422, nothing stored) unless forced; a forced
 * publish stores the diagnostics with the revision; a dry run answers the same errors. Without a report, validation
 * is exactly what it was.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

const DEBIAN_MODULES = ['alias_module', 'core_module', 'env_module', 'mime_module', 'wsgi_module'];
const heartbeat = { agentVersion: '0.1.0', appliedRevision: null, lastOutcome: null, drift: [] };

interface Diagnostic {
  code: string;
  severity: string;
  path: string;
  message: string;
  apacheMessage?: string;
}

describe('the agent’s facts feed GET /validation, the fleet view and the publish', () => {
  let t: TestApp;
  let db: Database;
  let web1: TwoTenantServer;
  let admin: string;
  let agent: string;
  let withoutReport: { status: number; body: unknown };

  const get = (url: string) => t.http().get(`/api/v1${url}`).set('Authorization', admin);
  const report = (body: object) =>
    t.http().post(`/api/v1/servers/${web1.serverId}/agent-reports`).set('Authorization', agent).send(body);
  const publish = (body: object = {}) =>
    t.http().post(`/api/v1/servers/${web1.serverId}/publications`).set('Authorization', admin).send(body);
  // Straight into the row (as the fixture is written), bumping the model revision the cache follows.
  const declarePython = (pythonVersion: string) =>
    db.server.update({
      where: { id: web1.serverId },
      data: { pythonVersion, modelRevision: { increment: 1 } },
    });
  const joePaths = () => [1, 2, 3].map((n) => `/daemon-groups/${web1.groupIds[`joe:${n}`]}/user`);

  beforeAll(async () => {
    t = await startApp();
    db = t.app.get<Database>(DATABASE);
    const bobUser = await seedUser(t.app, 'bob', 'tenant');
    const joeUser = await seedUser(t.app, 'joe', 'tenant');
    web1 = await seedTwoTenantServer(t.app, bobUser, joeUser);
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'facts-admin', 'admin'))}`;
    const token = await t
      .http()
      .post('/api/v1/auth/tokens')
      .set('Authorization', admin)
      .send({ name: 'agent web-1', serverId: web1.serverId });
    agent = `Bearer ${(token.body as { token: string }).token}`;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('without any report, validation is what validate() says, and the fleet lists no mismatch', async () => {
    const res = await get(`/servers/${web1.serverId}/validation`);
    expect(res.status).toBe(200);
    withoutReport = { status: res.status, body: res.body };
    const codes = (res.body.diagnostics as Diagnostic[]).map((d) => d.code);
    expect(codes.filter((c) => /MISSING|NOT_LOADED|DIFFERS/.test(c))).toEqual([]);
    expect(res.body.valid).toBe(true);
    expect((await get(`/servers/${web1.serverId}/status`)).body.factMismatches).toEqual([]);
  });

  it('a heartbeat without facts changes nothing either', async () => {
    const first = await report(heartbeat);
    expect(first.status).toBe(200);
    const res = await get(`/servers/${web1.serverId}/validation`);
    expect({ status: res.status, body: res.body }).toEqual(withoutReport);
  });

  it('a report that joe is missing: an error at each of joe’s groups’ user=, in /validation and /fleet', async () => {
    const asked = await report(heartbeat);
    const wanted = asked.body.wanted as { modelRevision: number; unixUsers: string[] } | null;
    const res = await report({
      ...heartbeat,
      ...(wanted === null ? {} : { wantedRevision: wanted.modelRevision }),
      facts: {
        apacheVersion: '2.4.62',
        modWsgiVersion: '4.9.4',
        pythonVersion: '3.11',
        modules: DEBIAN_MODULES,
        unixUsers: ['bob'],
        unixGroups: ['bob', 'joe'],
        missingUnixUsers: ['joe'],
        missingUnixGroups: [],
        env: {},
      },
    });
    expect(res.status).toBe(200);

    const validation = await get(`/servers/${web1.serverId}/validation`);
    expect(validation.status).toBe(200);
    expect(validation.body.valid).toBe(false);
    const missing = (validation.body.diagnostics as Diagnostic[]).filter(
      (d) => d.code === 'UNIX_USER_MISSING',
    );
    expect(missing.map((d) => d.path).sort()).toEqual(joePaths().sort());
    expect(missing[0]).toMatchObject({ severity: 'error', apacheMessage: 'bad user name joe' });
    expect(missing[0]).not.toHaveProperty('declared');

    const fleet = await get('/fleet?state=mismatch');
    const row = (fleet.body.items as { serverId: string; factMismatches: Diagnostic[] }[]).find(
      (r) => r.serverId === web1.serverId,
    );
    expect(row?.factMismatches.map((m) => `${m.code} ${m.path}`).sort()).toEqual(
      joePaths()
        .map((p) => `UNIX_USER_MISSING ${p}`)
        .sort(),
    );
  });

  it('a dry run says what the publish would: invalid, with the same fact errors, and stores nothing', async () => {
    const dry = await t
      .http()
      .post(`/api/v1/servers/${web1.serverId}/publications?dryRun=true`)
      .set('Authorization', admin)
      .send({});
    expect(dry.status).toBe(200);
    expect(dry.body.valid).toBe(false);
    expect(dry.body.digest).not.toBeNull(); // the model itself renders: only the facts refuse it
    const missing = (dry.body.diagnostics as Diagnostic[]).filter((d) => d.code === 'UNIX_USER_MISSING');
    expect(missing.map((d) => d.path).sort()).toEqual(joePaths().sort());
    expect(await db.publication.count({ where: { serverId: web1.serverId } })).toBe(0);
  });

  it('a publish is refused (422, nothing stored) while the facts say so; with force it is stored with them', async () => {
    const refused = await publish();
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.detail).toContain('force');
    expect((refused.body.errors as Diagnostic[]).map((d) => d.path).sort()).toEqual(joePaths().sort());
    expect(await db.publication.count({ where: { serverId: web1.serverId } })).toBe(0);

    const forced = await publish({ force: true, reason: 'joe is being created right now' });
    expect(forced.status).toBe(201);
    const stored = (forced.body.diagnostics as Diagnostic[]).filter((d) => d.code === 'UNIX_USER_MISSING');
    expect(stored.map((d) => d.path).sort()).toEqual(joePaths().sort());
  });

  it('a module the rendered config needs but Apache lacks: the same path in /validation and in the fleet view', async () => {
    await report({
      ...heartbeat,
      facts: {
        modWsgiVersion: '4.9.4',
        pythonVersion: '3.11',
        modules: ['core_module', 'wsgi_module'],
        unixUsers: ['bob', 'joe'],
        unixGroups: ['bob', 'joe'],
        missingUnixUsers: [],
        missingUnixGroups: [],
      },
    });
    const validation = (await get(`/servers/${web1.serverId}/validation`)).body.diagnostics as Diagnostic[];
    const modules = validation.filter((d) => d.code === 'MODULE_NOT_LOADED');
    // The two-tenant server renders SetEnv (vhost env), Alias (urlPath) and AddHandler (handlers).
    expect(modules.map((d) => d.apacheMessage?.split(',')[0]).sort()).toEqual([
      "Invalid command 'AddHandler'",
      "Invalid command 'Alias'",
      "Invalid command 'SetEnv'",
    ]);
    const fleet = await get('/fleet?state=mismatch');
    const row = (fleet.body.items as { serverId: string; factMismatches: Diagnostic[] }[]).find(
      (r) => r.serverId === web1.serverId,
    );
    expect(
      row?.factMismatches
        .filter((m) => m.code === 'MODULE_NOT_LOADED')
        .map((m) => m.path)
        .sort(),
    ).toEqual(modules.map((d) => d.path).sort());
  });

  it('another Python X.Y under mod_wsgi is an error at /server/pythonVersion; a matching report clears all', async () => {
    await declarePython('3.12');
    const python = (await get(`/servers/${web1.serverId}/validation`)).body.diagnostics as Diagnostic[];
    expect(python.filter((d) => d.code === 'PYTHON_VERSION_DIFFERS')).toEqual([
      expect.objectContaining({ severity: 'error', path: '/server/pythonVersion' }),
    ]);
    // The agent is told the declared X.Y for its preflight.
    expect((await report(heartbeat)).body.pythonVersion).toBe('3.12');
    // The fleet's SQL filter agrees (its twin of the rule covers Python too).
    const mismatched = await get('/fleet?state=mismatch');
    const row = (mismatched.body.items as { serverId: string; factMismatches: Diagnostic[] }[]).find(
      (r) => r.serverId === web1.serverId,
    );
    expect(row?.factMismatches.map((m) => m.code)).toContain('PYTHON_VERSION_DIFFERS');

    await declarePython('3.11');
    await report({
      ...heartbeat,
      facts: {
        modWsgiVersion: '4.9.4',
        pythonVersion: '3.11',
        modules: DEBIAN_MODULES,
        unixUsers: ['bob', 'joe'],
        unixGroups: ['bob', 'joe'],
        missingUnixUsers: [],
        missingUnixGroups: [],
      },
    });
    const clean = await get(`/servers/${web1.serverId}/validation`);
    expect(
      (clean.body.diagnostics as Diagnostic[]).filter((d) => /MISSING|DIFFERS|NOT_LOADED/.test(d.code)),
    ).toEqual([]);
    expect((await get(`/servers/${web1.serverId}/status`)).body.states).not.toContain('mismatch');
  });

  it('another mod_wsgi X.Y is only a warning: the publish goes through, and a forced one stores it', async () => {
    await report({
      ...heartbeat,
      facts: { modWsgiVersion: '5.0.1', pythonVersion: '3.11', modules: DEBIAN_MODULES },
    });
    const validation = await get(`/servers/${web1.serverId}/validation`);
    expect(validation.body.valid).toBe(true);
    expect((validation.body.diagnostics as Diagnostic[]).filter((d) => d.code.endsWith('DIFFERS'))).toEqual([
      expect.objectContaining({ code: 'MOD_WSGI_VERSION_DIFFERS', severity: 'warning' }),
    ]);
    expect([200, 201]).toContain((await publish()).status);
    const forced = await publish({ force: true });
    expect(forced.status).toBe(201);
    expect((forced.body.diagnostics as Diagnostic[]).map((d) => d.code)).toContain(
      'MOD_WSGI_VERSION_DIFFERS',
    );
  });
});
