import { afterEach, describe, expect, it } from '@jest/globals';
import { BootstrapAdminService } from '#api/auth/bootstrap/bootstrap-admin.service.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';

describe('the first admin on an empty database', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('generates a password, prints it once, and it works for login', async () => {
    t = await startApp();
    const service = t.app.get(BootstrapAdminService);
    const outcome = await service.ensureAdmin();
    if (!outcome.created || !outcome.generatedPassword) throw new Error('expected a generated admin');
    expect(outcome.username).toBe('admin');
    const password = outcome.generatedPassword;
    expect(password.length).toBeGreaterThanOrEqual(20);
    const printed = t.logs.lines.filter((l) => JSON.stringify(l).includes(password));
    expect(printed).toHaveLength(1);
    expect(printed[0]?.msg).toContain('generated password');

    expect(await service.ensureAdmin()).toEqual({ created: false });
    expect(t.logs.lines.filter((l) => JSON.stringify(l).includes(password))).toHaveLength(1);
    await t.http().post('/api/v1/auth/login').send({ username: 'admin', password }).expect(200);
  });

  it('prints the generated password even when LOG_LEVEL would hide warnings', async () => {
    t = await startApp({ env: { LOG_LEVEL: 'error' } });
    const outcome = await t.app.get(BootstrapAdminService).ensureAdmin();
    if (!outcome.created || !outcome.generatedPassword) throw new Error('expected a generated admin');
    expect(t.logs.find((l) => l.bootstrapPassword === outcome.generatedPassword)).toBeDefined();
  });

  it('uses BOOTSTRAP_ADMIN_USERNAME/PASSWORD and never logs the configured password', async () => {
    t = await startApp({
      env: { BOOTSTRAP_ADMIN_USERNAME: 'root', BOOTSTRAP_ADMIN_PASSWORD: 'correct-horse-battery' },
    });
    const outcome = await t.app.get(BootstrapAdminService).ensureAdmin();
    expect(outcome).toEqual({ created: true, username: 'root', generatedPassword: undefined });
    expect(JSON.stringify(t.logs.lines)).not.toContain('correct-horse-battery');
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'root', password: 'correct-horse-battery' });
    expect(res.status).toBe(200);
  });

  it('does nothing when any user already exists', async () => {
    t = await startApp();
    await seedUser(t.app, 'someone', 'tenant');
    expect(await t.app.get(BootstrapAdminService).ensureAdmin()).toEqual({ created: false });
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'admin', password: 'anything-at-all' })
      .expect(401);
  });

  it('creates exactly one admin when two replicas boot at the same time', async () => {
    t = await startApp();
    const service = t.app.get(BootstrapAdminService);
    const outcomes = await Promise.all([service.ensureAdmin(), service.ensureAdmin(), service.ensureAdmin()]);
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
  });
});
