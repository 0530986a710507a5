import { z } from 'zod';
import { listQuery, pageSchema } from '../../platform/http/pagination/index.js';
import { dto } from '../../platform/http/validation/dto.js';

const handler = dto({
  handler: z.string().min(1).max(256),
  extensions: z.array(z.string().max(64)).max(100),
});
const env = z.record(z.string().max(256), z.string().max(4096));

// String lists are only typed here: the engine refuses unknown override classes, bad group names and
// anything that would inject into the config, with diagnostics (422).
export const createDirectorySchema = dto({
  path: z.string().min(1).max(4096),
  tenantId: z.string().min(1).max(64),
  urlPath: z.string().max(4096).nullable().optional().describe('Rendered as Alias urlPath path'),
  allowOverride: z.array(z.string().max(64)).max(20).optional(),
  options: z.array(z.string().max(64)).max(50).optional(),
  handlers: z.array(handler).max(50).optional(),
  restrictProcess: z
    .array(z.string().max(256))
    .max(1000)
    .nullable()
    .optional()
    .describe('WSGIRestrictProcess; null/absent = no directive, [] = denies every group'),
  processGroup: z.string().max(256).nullable().optional(),
  env: env.optional(),
}).meta({ id: 'CreateDirectory' });
export type CreateDirectory = z.infer<typeof createDirectorySchema>;

export const updateDirectorySchema = createDirectorySchema.partial().meta({ id: 'UpdateDirectory' });
export type UpdateDirectory = z.infer<typeof updateDirectorySchema>;

export const directorySchema = z
  .strictObject({
    id: z.string(),
    serverId: z.string(),
    virtualHostId: z.string(),
    tenantId: z.string(),
    path: z.string(),
    urlPath: z.string().nullable(),
    allowOverride: z.array(z.string()),
    options: z.array(z.string()),
    handlers: z.array(z.strictObject({ handler: z.string(), extensions: z.array(z.string()) })),
    restrictProcess: z.array(z.string()).nullable(),
    processGroup: z.string().nullable(),
    env: z.record(z.string(), z.string()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Directory' });
export type DirectoryDto = z.infer<typeof directorySchema>;

export const directoryPageSchema = pageSchema(directorySchema).meta({ id: 'DirectoryPage' });

const filters = {
  path: z.string().max(4096).optional(),
  tenantId: z.string().optional().describe('Admins only; a tenant always sees just its own'),
};
export const vhostDirectoryListQuery = listQuery(filters).meta({ id: 'VirtualHostDirectoryListQuery' });
export type VhostDirectoryListQuery = z.infer<typeof vhostDirectoryListQuery>;

export const directoryListQuery = listQuery({
  ...filters,
  virtualHostId: z.string().optional(),
  serverId: z.string().optional(),
  serverName: z.string().max(253).optional().describe('ServerName of the directory’s virtual host'),
}).meta({ id: 'DirectoryListQuery' });
export type DirectoryListQuery = z.infer<typeof directoryListQuery>;
