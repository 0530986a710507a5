import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PasswordHasher } from '../password-hasher.js';
import { AppConfig } from '../../platform/config/app-config.js';
import type { AppLogger } from '../../platform/logging/create-logger.js';
import { LOGGER } from '../../platform/logging/logger.token.js';
import { UserRepository } from '../users/user.repository.js';

export type BootstrapOutcome =
  | { readonly created: false }
  | { readonly created: true; readonly username: string; readonly generatedPassword: string | undefined };

/**
 * First start on an empty database: create the admin from BOOTSTRAP_ADMIN_USERNAME/PASSWORD. Without a
 * configured password a random one is generated and printed exactly once — it is stored only hashed.
 */
@Injectable()
export class BootstrapAdminService {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  async ensureAdmin(): Promise<BootstrapOutcome> {
    if (await this.users.hasAnyUser()) return { created: false };
    const username = this.config.bootstrapAdminUsername;
    const generatedPassword = this.config.bootstrapAdminPassword
      ? undefined
      : randomBytes(18).toString('base64url');
    const password = this.config.bootstrapAdminPassword ?? generatedPassword ?? '';
    const admin = await this.users.createFirstAdmin(username, await this.hasher.hash(password));
    if (!admin) return { created: false };
    if (generatedPassword) {
      // Whatever LOG_LEVEL says: without this line nobody could ever log in.
      this.logger
        .child({}, { level: 'warn' })
        .warn(
          { username, bootstrapPassword: generatedPassword },
          `Created the first admin "${username}" with the generated password ${generatedPassword} ` +
            '(shown once; set BOOTSTRAP_ADMIN_PASSWORD to choose it, and change it after logging in).',
        );
    } else {
      this.logger.info({ username }, `Created the first admin "${username}" from BOOTSTRAP_ADMIN_PASSWORD.`);
    }
    return { created: true, username, generatedPassword };
  }
}
