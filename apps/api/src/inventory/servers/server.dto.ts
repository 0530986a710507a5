import { z } from 'zod';
import { listQuery, pageSchema } from '../../platform/http/pagination/index.js';
import { dto } from '../../platform/http/validation/dto.js';

// Only the JSON types are checked here; what Apache accepts (names, paths, injection) is the engine's call,
// so those refusals come back as 422 diagnostics pointing into the model.
const settings = {
  modWsgiVersion: z.enum(['4.9', '5.0', '6.0']),
  platform: z
    .enum(['linux', 'windows'])
    .describe(
      'The web server’s OS; on "windows" mod_wsgi has no daemon mode, so daemon groups, process-group selection and restriction lists are refused',
    ),
  socketPrefix: z.string().max(4096).nullable(),
  restrictEmbedded: z.boolean(),
  apacheUser: z.string().max(256),
  apacheGroup: z.string().max(256),
  configDir: z.string().max(4096),
  pythonVersion: z
    .string()
    .max(16)
    .nullable()
    .describe(
      'X.Y of the Python mod_wsgi embeds, e.g. "3.11"; the publish preflight checks virtualenvs against it',
    ),
  restrictProcess: z
    .array(z.string().max(256))
    .max(1000)
    .nullable()
    .describe(
      'Server-scope WSGIRestrictProcess: applies where no vhost or directory list does (a nearer list replaces it); null = no directive, [] = denies every group',
    ),
  processGroup: z
    .string()
    .max(256)
    .nullable()
    .describe(
      'Server-scope WSGIProcessGroup ("%{GLOBAL}", "%{ENV:NAME}" or a group name); a vhost’s or directory’s own replaces it',
    ),
};

export const createServerSchema = dto({
  name: z.string().min(1).max(253),
  modWsgiVersion: settings.modWsgiVersion.optional(),
  platform: settings.platform.optional().describe('Default "linux"'),
  socketPrefix: settings.socketPrefix.optional(),
  restrictEmbedded: settings.restrictEmbedded.optional(),
  apacheUser: settings.apacheUser.optional(),
  apacheGroup: settings.apacheGroup.optional(),
  configDir: settings.configDir.optional(),
  pythonVersion: settings.pythonVersion.optional(),
  restrictProcess: settings.restrictProcess.optional(),
  processGroup: settings.processGroup.optional(),
}).meta({ id: 'CreateServer' });
export type CreateServer = z.infer<typeof createServerSchema>;

export const updateServerSchema = createServerSchema.partial().meta({ id: 'UpdateServer' });
export type UpdateServer = z.infer<typeof updateServerSchema>;

export const serverSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    ...settings,
    modelRevision: z.number().int().describe('Bumped by every committed change to this server’s model'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Server' });
export type ServerDto = z.infer<typeof serverSchema>;

export const serverPageSchema = pageSchema(serverSchema).meta({ id: 'ServerPage' });

export const serverListQuery = listQuery({ name: z.string().max(253).optional() }).meta({
  id: 'ServerListQuery',
});
export type ServerListQuery = z.infer<typeof serverListQuery>;
