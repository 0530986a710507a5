import { expect } from '@jest/globals';
import { BootstrapAdminService } from '../../../apps/api/src/auth/bootstrap/bootstrap-admin.service.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { buildScenarioAsAdmin, ScenarioClient, type Built } from './restrict-process-scenario.js';

export const PASSWORDS = { admin: 'admin-password-123', bob: 'bob-password-1234', joe: 'joe-password-1234' };

export interface ScenarioApp {
  t: TestApp;
  built: Built;
  admin: ScenarioClient;
  bob: ScenarioClient;
  joe: ScenarioClient;
}

async function login(t: TestApp, username: string, password: string): Promise<string> {
  const res = await t.http().post('/api/v1/auth/login').send({ username, password });
  expect({ username, status: res.status }).toEqual({ username, status: 200 });
  return (res.body as { accessToken: string }).accessToken;
}

/** The app with only its bootstrap admin; everything else is created through HTTP, as a customer would. */
export async function startScenario(site: { root: string; port: number }): Promise<ScenarioApp> {
  const t = await createTestApp({
    env: { BOOTSTRAP_ADMIN_USERNAME: 'admin', BOOTSTRAP_ADMIN_PASSWORD: PASSWORDS.admin },
  });
  try {
    // What boot.ts does on a real start: create the configured first admin.
    await t.app.get(BootstrapAdminService).ensureAdmin();
    const admin = new ScenarioClient(t, await login(t, 'admin', PASSWORDS.admin));
    const built = await buildScenarioAsAdmin(admin, site, PASSWORDS);
    const bob = new ScenarioClient(t, await login(t, 'bob', PASSWORDS.bob));
    const joe = new ScenarioClient(t, await login(t, 'joe', PASSWORDS.joe));
    return { t, built, admin, bob, joe };
  } catch (error) {
    await t.close();
    throw error;
  }
}
