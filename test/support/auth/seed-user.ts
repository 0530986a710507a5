import type { INestApplication } from '@nestjs/common';
import { PasswordHasher } from '#api/auth/password-hasher.js';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';

export interface SeededUser {
  readonly id: string;
  readonly username: string;
  readonly password: string;
  readonly tenantId: string | null;
}

export interface SeedUserOptions {
  readonly password?: string;
  /** Binds a tenant user to this existing tenant instead of creating `<username>-tenant`. */
  readonly tenantId?: string;
}

/** Inserts a user straight into the app's database; a tenant user gets its own new tenant unless told one. */
export async function seedUser(
  app: INestApplication,
  username: string,
  role: 'admin' | 'tenant',
  options: SeedUserOptions = {},
): Promise<SeededUser> {
  const db = app.get<Database>(DATABASE);
  const password = options.password ?? `${username}-password-123`;
  const passwordHash = await app.get(PasswordHasher).hash(password);
  const tenantId =
    role === 'admin'
      ? null
      : (options.tenantId ??
        (
          await db.tenant.create({
            data: { name: `${username}-tenant`, unixUser: username, unixGroup: username },
          })
        ).id);
  const user = await db.user.create({ data: { username, passwordHash, role, tenantId } });
  return { id: user.id, username, password, tenantId };
}
