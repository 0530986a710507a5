import { z } from 'zod';
import { listQuery, pageSchema } from '../../platform/http/pagination/index.js';
import { dto } from '../../platform/http/validation/dto.js';

const username = z
  .string()
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, 'must be 1-64 letters, digits, dots, dashes or underscores');
const password = z.string().min(12, 'must be at least 12 characters').max(1024);
const role = z.enum(['admin', 'tenant']);

export const createUserSchema = dto({
  username,
  password,
  role,
  tenantId: z
    .string()
    .min(1)
    .max(64)
    .nullish()
    .describe('Required for role tenant, absent or null for admin'),
})
  .superRefine((user, ctx) => {
    if (user.role === 'tenant' && !user.tenantId) {
      ctx.addIssue({ code: 'custom', path: ['tenantId'], message: 'A tenant user needs a tenantId' });
    }
    if (user.role === 'admin' && user.tenantId) {
      ctx.addIssue({ code: 'custom', path: ['tenantId'], message: 'An admin belongs to no tenant' });
    }
  })
  .meta({ id: 'CreateUserRequest' });

export type CreateUserRequest = z.infer<typeof createUserSchema>;

export const updateUserSchema = dto({
  password: password.optional(),
  disabled: z.boolean().optional(),
  role: role.optional().describe('Changing to admin clears tenantId; changing to tenant needs one'),
  tenantId: z.string().min(1).max(64).nullable().optional(),
}).meta({ id: 'UpdateUserRequest' });

export type UpdateUserRequest = z.infer<typeof updateUserSchema>;

export const userSchema = z
  .strictObject({
    id: z.string(),
    username: z.string(),
    role,
    tenantId: z.string().nullable(),
    disabled: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });

export type UserDto = z.infer<typeof userSchema>;

export const userPageSchema = pageSchema(userSchema).meta({ id: 'UserPage' });

export const userListQuery = listQuery({
  username: z.string().min(1).optional(),
  role: role.optional(),
  tenantId: z.string().min(1).optional(),
}).meta({ id: 'UserListQuery' });

export type UserListQuery = z.infer<typeof userListQuery>;
