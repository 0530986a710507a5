import type { UserRow } from './user-admin.repository.js';
import type { UserDto } from './user.dto.js';

export function presentUser(user: UserRow): UserDto {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    tenantId: user.tenantId,
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
