import type { INestApplication } from '@nestjs/common';
import { PasswordHasher } from '../../../apps/api/src/auth/password-hasher.js';
import type { Database } from '../../../apps/api/src/platform/database/database.js';
import { DATABASE } from '../../../apps/api/src/platform/database/database.tokens.js';
import type { TestApp } from './create-test-app.js';

export interface SeededUser {
  readonly id: string;
  readonly username: string;
  readonly password: string;
  readonly tenantId: string | null;
}

/** Inserts a user (and its tenant for role tenant) straight into the test database. */
export async function seedUser(
  app: INestApplication,
  username: string,
  role: 'admin' | 'tenant',
  password = `${username}-password-123`,
): Promise<SeededUser> {
  const db = app.get<Database>(DATABASE);
  const passwordHash = await app.get(PasswordHasher).hash(password);
  const tenantId =
    role === 'tenant'
      ? (
          await db.tenant.create({
            data: { name: `${username}-tenant`, unixUser: username, unixGroup: username },
          })
        ).id
      : null;
  const user = await db.user.create({ data: { username, passwordHash, role, tenantId } });
  return { id: user.id, username, password, tenantId };
}

/** Logs in through the API and returns the bearer token. */
export async function loginAs(testApp: TestApp, user: SeededUser): Promise<string> {
  const res = await testApp
    .http()
    .post('/api/v1/auth/login')
    .send({ username: user.username, password: user.password });
  if (res.status !== 200) throw new Error(`login as ${user.username} failed: ${res.status} ${res.text}`);
  return (res.body as { accessToken: string }).accessToken;
}
