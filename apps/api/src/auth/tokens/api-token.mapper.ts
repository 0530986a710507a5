import type { ApiTokenView } from './api-token-view.js';
import type { ApiTokenDto } from './api-token.dto.js';

export function toApiTokenDto(token: ApiTokenView): ApiTokenDto {
  return {
    id: token.id,
    userId: token.userId,
    name: token.name,
    prefix: token.prefix,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    serverId: token.serverId,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    createdAt: token.createdAt.toISOString(),
  };
}
