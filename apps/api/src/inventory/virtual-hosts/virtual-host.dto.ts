import { z } from 'zod';
import { listQuery, pageSchema } from '../../platform/http/pagination/index.js';
import { dto } from '../../platform/http/validation/dto.js';

const env = z.record(z.string().max(256), z.string().max(4096));

export const processGroupMapSchema = dto({
  variable: z.string().max(256).default('PROCESS_GROUP'),
  fallback: z.string().min(1).max(256),
  entries: z
    .array(dto({ uri: z.string().min(1).max(4096), processGroup: z.string().min(1).max(256) }))
    .max(10_000),
  format: z
    .enum(['txt', 'dbm'])
    .optional()
    .describe(
      'Default "txt". "dbm": the publish builds the map with httxt2dbm on the web server (RewriteMap dbm=db:)',
    ),
}).meta({ id: 'ProcessGroupMap' });
export type ProcessGroupMapBody = z.infer<typeof processGroupMapSchema>;

export const createVirtualHostSchema = dto({
  serverName: z.string().min(1).max(253),
  serverAliases: z.array(z.string().max(253)).max(1000).optional(),
  addresses: z.array(z.string().max(300)).max(100),
  documentRoot: z.string().max(4096).nullable().optional(),
  processGroup: z
    .string()
    .max(256)
    .nullable()
    .optional()
    .describe('"%{GLOBAL}", "%{ENV:NAME}" or a group name'),
  applicationGroup: z.string().max(256).nullable().optional(),
  restrictProcess: z
    .array(z.string().max(256))
    .max(1000)
    .nullable()
    .optional()
    .describe(
      'Vhost-scope WSGIRestrictProcess: replaces the server’s list, and a directory’s own list replaces it; null/absent = no directive, [] = denies every group',
    ),
  env: env.optional().describe('Rendered as SetEnv NAME value'),
}).meta({ id: 'CreateVirtualHost' });
export type CreateVirtualHost = z.infer<typeof createVirtualHostSchema>;

export const updateVirtualHostSchema = createVirtualHostSchema.partial().meta({ id: 'UpdateVirtualHost' });
export type UpdateVirtualHost = z.infer<typeof updateVirtualHostSchema>;

const storedMap = z.strictObject({
  variable: z.string(),
  fallback: z.string(),
  entries: z.array(z.strictObject({ uri: z.string(), processGroup: z.string() })),
  format: z.enum(['txt', 'dbm']),
});

export const virtualHostSchema = z
  .strictObject({
    id: z.string(),
    serverId: z.string(),
    serverName: z.string(),
    serverAliases: z.array(z.string()),
    addresses: z.array(z.string()),
    documentRoot: z.string().nullable(),
    processGroup: z.string().nullable(),
    applicationGroup: z.string().nullable(),
    restrictProcess: z.array(z.string()).nullable(),
    env: z.record(z.string(), z.string()),
    processGroupMap: storedMap.nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'VirtualHost' });
export type VirtualHostDto = z.infer<typeof virtualHostSchema>;

/**
 * What a tenant may see of a virtual host it has a directory in: where it lives and how it is addressed.
 * Not env, group selection or the process-group map: those name other tenants' groups and URLs.
 */
export const tenantVirtualHostSchema = virtualHostSchema
  .pick({ id: true, serverId: true, serverName: true, serverAliases: true, addresses: true })
  .extend({ createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() })
  .meta({ id: 'TenantVirtualHost' });
export type TenantVirtualHostDto = z.infer<typeof tenantVirtualHostSchema>;

/** GET /virtual-hosts/{id}: the full record for admins, the tenant view for tenants. */
export const visibleVirtualHostSchema = z.union([virtualHostSchema, tenantVirtualHostSchema]);

export const storedProcessGroupMapSchema = storedMap.meta({ id: 'StoredProcessGroupMap' });
export type StoredProcessGroupMap = z.infer<typeof storedProcessGroupMapSchema>;

export const virtualHostPageSchema = pageSchema(virtualHostSchema).meta({ id: 'VirtualHostPage' });

export const virtualHostListQuery = listQuery({
  serverName: z.string().max(253).optional().describe('Exact ServerName (case-insensitive)'),
}).meta({ id: 'VirtualHostListQuery' });
export type VirtualHostListQuery = z.infer<typeof virtualHostListQuery>;
