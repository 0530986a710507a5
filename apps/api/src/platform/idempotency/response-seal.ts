import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';

/** What the response_body column holds: AES-256-GCM ciphertext of the JSON body. */
export interface SealedBody {
  readonly v: 1;
  readonly iv: string;
  readonly tag: string;
  readonly data: string;
}

/**
 * Stored responses can hold secrets shown once (POST /auth/tokens answers the plain API token), so they
 * are sealed: encrypted under a key derived from the server secret AND the raw Idempotency-Key, and the
 * key column stores only an HMAC of the raw key. A database dump alone therefore reveals no token; only
 * the client that still holds the Idempotency-Key, talking to this server, can get its response back.
 */
@Injectable()
export class ResponseSeal {
  constructor(private readonly config: AppConfig) {}

  /** Deterministic (the unique index needs that) but useless without the server secret. */
  keyDigest(principal: string, rawKey: string): string {
    return this.mac(`idempotency-key\0${principal}\0${rawKey}`).toString('hex');
  }

  seal(principal: string, rawKey: string, body: unknown): SealedBody {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey(principal, rawKey), iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(body ?? null), 'utf8'), cipher.final()]);
    return {
      v: 1,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
  }

  /** Throws when the server secret changed since sealing: such a record cannot be replayed. */
  open(principal: string, rawKey: string, sealed: SealedBody): unknown {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.encryptionKey(principal, rawKey),
      Buffer.from(sealed.iv, 'base64'),
    );
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const json = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
    return JSON.parse(json.toString('utf8')) as unknown;
  }

  private encryptionKey(principal: string, rawKey: string): Buffer {
    return this.mac(`idempotency-response\0${principal}\0${rawKey}`);
  }

  private mac(message: string): Buffer {
    return createHmac('sha256', this.config.jwtSecret).update(message).digest();
  }
}
