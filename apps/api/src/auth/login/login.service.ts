import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppError } from '../../platform/errors/app-error.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { UserRepository } from '../users/user.repository.js';
import { PasswordHasher } from '../password-hasher.js';
import type { SessionTokenClaims } from '../session-token-claims.js';
import type { AccessToken, LoginRequest } from './login.dto.js';

@Injectable()
export class LoginService {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  /** Unknown user, wrong password and disabled account all answer the same 401. */
  async login({ username, password }: LoginRequest): Promise<AccessToken> {
    const user = await this.users.findAccountByUsername(username);
    const passwordOk = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !passwordOk || user.disabled) {
      throw new AppError('INVALID_CREDENTIALS', 'The username or password is wrong.');
    }
    // Never before the credentials epoch, whatever this replica's clock says: a session that logged in
    // after a password change must not be refused as older than it.
    const iat = Math.max(Date.now(), user.credentialsChangedAt.getTime()) / 1000;
    const claims: SessionTokenClaims = { sub: user.id, jti: randomUUID(), iat };
    const accessToken = await this.jwt.signAsync({ ...claims });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.jwtTtlSeconds };
  }
}
