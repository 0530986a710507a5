import type { ApiTokenDto, CreatedApiToken } from './api-token.dto.js';
import type { ApiTokenRow } from './api-token.repository.js';

export function presentApiToken(row: ApiTokenRow): ApiTokenDto {
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    prefix: row.prefix,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    serverId: row.serverId,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The answer to the token's creation: the one time the token itself is shown. */
export function presentCreatedApiToken(row: ApiTokenRow, token: string): CreatedApiToken {
  return {
    id: row.id,
    name: row.name,
    token,
    prefix: row.prefix,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    serverId: row.serverId,
    createdAt: row.createdAt.toISOString(),
  };
}
