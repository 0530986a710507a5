import type { UserDto } from './user.dto.js';
import type { UserView } from './user-view.js';

export function toUserDto(user: UserView): UserDto {
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
