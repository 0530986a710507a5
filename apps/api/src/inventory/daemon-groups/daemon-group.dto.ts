import { z } from 'zod';
import { listQuery, pageSchema } from '../../platform/http/pagination/index.js';
import { dto } from '../../platform/http/validation/dto.js';

// processes/threads accept a string too, as an admin may type "5" in a form; what is not a plain integer
// in mod_wsgi's range is refused by the engine's option table with mod_wsgi's own message (422).
const count = z.union([z.number(), z.string().max(64)]).nullable();
const optionValue = z.union([z.string().max(4096), z.number(), z.boolean()]);

export const createDaemonGroupSchema = dto({
  name: z.string().min(1).max(256),
  virtualHostId: z.string().nullable().optional().describe('null or absent = global scope'),
  tenantId: z.string().nullable().optional().describe('The tenant this group serves (requires user/group)'),
  processes: count.optional(),
  threads: count.optional(),
  user: z.string().max(256).nullable().optional(),
  group: z.string().max(256).nullable().optional(),
  options: z.record(z.string().max(64), optionValue).optional().describe('Other WSGIDaemonProcess options'),
}).meta({ id: 'CreateDaemonGroup' });
export type CreateDaemonGroup = z.infer<typeof createDaemonGroupSchema>;

export const updateDaemonGroupSchema = createDaemonGroupSchema.partial().meta({ id: 'UpdateDaemonGroup' });
export type UpdateDaemonGroup = z.infer<typeof updateDaemonGroupSchema>;

export const daemonGroupSchema = z
  .strictObject({
    id: z.string(),
    serverId: z.string(),
    name: z.string(),
    virtualHostId: z.string().nullable(),
    tenantId: z.string().nullable(),
    processes: z.number().int().nullable(),
    threads: z.number().int().nullable(),
    user: z.string().nullable(),
    group: z.string().nullable(),
    options: z.record(z.string(), optionValue),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'DaemonGroup' });
export type DaemonGroupDto = z.infer<typeof daemonGroupSchema>;

export const daemonGroupPageSchema = pageSchema(daemonGroupSchema).meta({ id: 'DaemonGroupPage' });

export const daemonGroupListQuery = listQuery({
  name: z.string().max(256).optional().describe('Exact name, compared case-insensitively like mod_wsgi'),
  virtualHostId: z.string().optional(),
  tenantId: z.string().optional(),
  scope: z.enum(['global', 'virtual-host']).optional(),
}).meta({ id: 'DaemonGroupListQuery' });
export type DaemonGroupListQuery = z.infer<typeof daemonGroupListQuery>;
