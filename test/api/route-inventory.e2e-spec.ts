import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Get } from '@nestjs/common';
import { AdminOnly } from '#api/auth/decorators/auth-policy.decorators.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { routeInventory } from './support/route-inventory.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';

@Controller('probe')
class ProbeController {
  @Get('admin')
  @AdminOnly()
  admin(): { ok: true } {
    return { ok: true };
  }

  // Deliberately undeclared: the guard must refuse it and the inventory must report it.
  @Get('forgotten')
  forgotten(): { ok: true } {
    return { ok: true };
  }
}

describe('default-deny auth, proven over every route', () => {
  it('every route of the application declares @Public, @Authenticated or @AdminOnly', async () => {
    const t = await startApp();
    try {
      const routes = routeInventory(t.app);
      expect(routes.map((r) => r.handler)).toEqual(
        expect.arrayContaining(['LoginController.login', 'MeController.me', 'HealthController.health']),
      );
      expect(routes.filter((r) => r.policy === undefined)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  describe('with probe routes', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp({ controllers: [ProbeController] });
    });
    afterAll(async () => {
      await t.close();
    });

    it('the inventory reports a route without a declaration', () => {
      const undeclared = routeInventory(t.app).filter((r) => r.policy === undefined);
      expect(undeclared).toEqual([
        { handler: 'ProbeController.forgotten', method: 'GET', path: 'forgotten', policy: undefined },
      ]);
    });

    it('the guard refuses an undeclared route at run time, even for an admin, and logs which one', async () => {
      const token = await logInAs(t, await seedUser(t.app, 'root', 'admin'));
      const res = await t
        .http()
        .get('/api/v1/probe/forgotten')
        .set('Authorization', `Bearer ${token}`)
        .expect(500);
      const line = t.logs.find((l) => l.errorId === res.body.errorId);
      expect(JSON.stringify(line)).toContain('ProbeController.forgotten declares no auth policy');
    });

    it('@AdminOnly: anonymous 401, tenant 403, admin 200', async () => {
      await t.http().get('/api/v1/probe/admin').expect(401);
      const tenantToken = await logInAs(t, await seedUser(t.app, 'tenant-user', 'tenant'));
      const forbidden = await t
        .http()
        .get('/api/v1/probe/admin')
        .set('Authorization', `Bearer ${tenantToken}`)
        .expect(403);
      expect(forbidden.body).toMatchObject({ type: 'urn:hostplane:problem:forbidden', status: 403 });
      const adminToken = await logInAs(t, await seedUser(t.app, 'admin-user', 'admin'));
      await t
        .http()
        .get('/api/v1/probe/admin')
        .set('Authorization', `Bearer ${adminToken}`)
        .expect(200, { ok: true });
    });
  });
});
