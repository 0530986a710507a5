import { BootstrapAdminService } from '#api/auth/bootstrap/bootstrap-admin.service.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { buildScenarioAsAdmin, ScenarioClient, type Built } from './restrict-process-scenario.js';

export const PASSWORDS = { admin: 'admin-password-123', bob: 'bob-password-1234', joe: 'joe-password-1234' };

export interface ScenarioApp {
  t: TestApp;
  built: Built;
  admin: ScenarioClient;
  bob: ScenarioClient;
  joe: ScenarioClient;
}

/** The app with only its bootstrap admin; everything else is created through HTTP, as a customer would. */
export async function startScenario(site: { root: string; port: number }): Promise<ScenarioApp> {
  const t = await startApp({
    env: { BOOTSTRAP_ADMIN_USERNAME: 'admin', BOOTSTRAP_ADMIN_PASSWORD: PASSWORDS.admin },
  });
  try {
    // What boot.ts does on a real start: create the configured first admin.
    await t.app.get(BootstrapAdminService).ensureAdmin();
    const admin = new ScenarioClient(t, await logInAs(t, { username: 'admin', password: PASSWORDS.admin }));
    const built = await buildScenarioAsAdmin(admin, site, PASSWORDS);
    const bob = new ScenarioClient(t, await logInAs(t, { username: 'bob', password: PASSWORDS.bob }));
    const joe = new ScenarioClient(t, await logInAs(t, { username: 'joe', password: PASSWORDS.joe }));
    return { t, built, admin, bob, joe };
  } catch (error) {
    await t.close();
    throw error;
  }
}
