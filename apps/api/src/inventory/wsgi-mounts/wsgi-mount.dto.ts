import { z } from 'zod';
import { listQuery, pageSchema } from '../../platform/http/pagination/index.js';
import { dto } from '../../platform/http/validation/dto.js';

// Values are checked by the engine (wsgi-mounts.rule.ts) with mod_wsgi's own messages (422), not here.
const optionalText = (max: number) => z.string().max(max).nullable().optional();

export const createWsgiMountSchema = dto({
  urlPath: optionalText(2048).describe('WSGIScriptAlias URL path, e.g. /~bob/blog'),
  urlPattern: optionalText(2048).describe('Instead of urlPath: renders WSGIScriptAliasMatch'),
  script: z.string().max(4096).describe('Absolute path of the WSGI script'),
  tenantId: z
    .string()
    .nullable()
    .optional()
    .describe("Owner; null = an admin app. A tenant's own mounts are always its own"),
  processGroup: optionalText(256).describe('process-group='),
  applicationGroup: optionalText(256).describe('application-group='),
  callableObject: optionalText(256).describe('callable-object='),
  passAuthorization: z.boolean().nullable().optional().describe('pass-authorization=On|Off'),
}).meta({ id: 'CreateWsgiMount' });
export type CreateWsgiMount = z.infer<typeof createWsgiMountSchema>;

export const updateWsgiMountSchema = createWsgiMountSchema.partial().meta({ id: 'UpdateWsgiMount' });
export type UpdateWsgiMount = z.infer<typeof updateWsgiMountSchema>;

export const wsgiMountSchema = z
  .strictObject({
    id: z.string(),
    serverId: z.string(),
    virtualHostId: z.string(),
    tenantId: z.string().nullable(),
    urlPath: z.string().nullable(),
    urlPattern: z.string().nullable(),
    script: z.string(),
    processGroup: z.string().nullable(),
    applicationGroup: z.string().nullable(),
    callableObject: z.string().nullable(),
    passAuthorization: z.boolean().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'WsgiMount' });
export type WsgiMountDto = z.infer<typeof wsgiMountSchema>;

export const wsgiMountPageSchema = pageSchema(wsgiMountSchema).meta({ id: 'WsgiMountPage' });

export const wsgiMountListQuery = listQuery({}).meta({ id: 'WsgiMountListQuery' });
export type WsgiMountListQuery = z.infer<typeof wsgiMountListQuery>;
