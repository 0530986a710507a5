import { z } from 'zod';
import { listQuery, pageSchema } from '../../platform/http/pagination/index.js';
import { dto } from '../../platform/http/validation/dto.js';

export const createTenantSchema = dto({
  name: z.string().min(1).max(256),
  unixUser: z.string().min(1).max(256),
  unixGroup: z.string().min(1).max(256),
  homeDirectory: z
    .string()
    .max(4096)
    .nullable()
    .optional()
    .describe("Where the tenant's virtualenvs and code may live; null or absent = /home/<unixUser>"),
}).meta({ id: 'CreateTenant' });
export type CreateTenant = z.infer<typeof createTenantSchema>;

export const updateTenantSchema = createTenantSchema.partial().meta({ id: 'UpdateTenant' });
export type UpdateTenant = z.infer<typeof updateTenantSchema>;

export const tenantSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    unixUser: z.string(),
    unixGroup: z.string(),
    homeDirectory: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Tenant' });
export type TenantDto = z.infer<typeof tenantSchema>;

export const tenantPageSchema = pageSchema(tenantSchema).meta({ id: 'TenantPage' });

export const tenantListQuery = listQuery({
  name: z.string().max(256).optional(),
  unixUser: z.string().max(256).optional(),
}).meta({ id: 'TenantListQuery' });
export type TenantListQuery = z.infer<typeof tenantListQuery>;
