import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the library's default algorithm) with its default cost. A fixed dummy hash lets a login
 * for an unknown user cost the same time as a wrong password, so timing does not reveal usernames.
 */
@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password);
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    this.dummyHash ??= hash('hostplane-timing-equaliser');
    try {
      const matches = await verify(passwordHash ?? (await this.dummyHash), password);
      return matches && passwordHash !== undefined;
    } catch {
      // A malformed stored hash is a refusal, not a crash of the login endpoint.
      return false;
    }
  }
}
