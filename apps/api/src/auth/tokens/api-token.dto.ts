import { z } from 'zod';
import { listQuery, pageSchema } from '../../platform/http/pagination/index.js';
import { dto } from '../../platform/http/validation/dto.js';

export const createApiTokenSchema = dto({
  name: z.string().trim().min(1).max(100),
  expiresAt: z.iso
    .datetime({ offset: true })
    .max(64)
    .refine((value) => Date.parse(value) > Date.now(), { error: 'must be in the future' })
    .optional()
    .describe('When the token stops working; absent = never'),
  serverId: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe(
      "Admins only: an agent token that can only pull this server's live revision and report deployments",
    ),
}).meta({ id: 'CreateApiTokenRequest' });

export type CreateApiTokenRequest = z.infer<typeof createApiTokenSchema>;

const tokenFields = {
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('Non-secret leading characters, to recognise the token'),
  expiresAt: z.iso.datetime().nullable(),
  serverId: z.string().nullable().describe('Set for an agent token scoped to one server'),
  createdAt: z.iso.datetime(),
};

export const createdApiTokenSchema = z
  .strictObject({
    ...tokenFields,
    token: z.string().describe('The token itself: shown this once, only its hash is stored'),
  })
  .meta({ id: 'CreatedApiToken' });

export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;

export const apiTokenSchema = z
  .strictObject({ ...tokenFields, userId: z.string(), lastUsedAt: z.iso.datetime().nullable() })
  .meta({ id: 'ApiToken' });

export type ApiTokenDto = z.infer<typeof apiTokenSchema>;

export const apiTokenPageSchema = pageSchema(apiTokenSchema).meta({ id: 'ApiTokenPage' });

export const apiTokenListQuery = listQuery({
  userId: z.string().min(1).optional().describe("Admins: one user's tokens. Others only ever see their own"),
  name: z.string().min(1).optional(),
}).meta({ id: 'ApiTokenListQuery' });

export type ApiTokenListQuery = z.infer<typeof apiTokenListQuery>;
