import { z } from 'zod';
import { dto } from '../platform/http/validation/dto.js';

// The JSON shape only, strictly (unknown fields refused); what Apache accepts is the engine's call and comes back as
// 422 diagnostics pointing into the document.
const name = z.string().max(253);
const text = z.string().max(4096);
const env = z.record(z.string().max(256), text);
const overrideClass = z.enum(['None', 'All', 'AuthConfig', 'FileInfo', 'Indexes', 'Limit', 'Options']);

const htaccessRule = dto({
  files: text.optional(),
  filesMatch: text.optional(),
  variable: z.string().max(256).optional(),
  processGroup: name,
}).meta({ id: 'ServerSpecHtaccessRule' });

const directory = dto({
  path: text,
  tenant: name,
  urlPath: text.nullable(),
  allowOverride: z.array(overrideClass).max(7),
  options: z.array(z.string().max(64)).max(32),
  handlers: z
    .array(dto({ handler: z.string().max(256), extensions: z.array(z.string().max(64)).max(64) }))
    .max(50),
  restrictProcess: z.array(name).max(1000).nullable(),
  processGroup: text.nullable(),
  env,
  htaccess: z.array(htaccessRule).max(1000),
}).meta({ id: 'ServerSpecDirectory' });

const wsgiMount = dto({
  urlPath: text
    .optional()
    .describe('WSGIScriptAlias: the URL path mounted (exactly one of urlPath, urlPattern)'),
  urlPattern: text.optional().describe('WSGIScriptAliasMatch: the URL regular expression'),
  script: text.describe('Absolute path of the WSGI script'),
  tenant: name.nullable().optional().describe("The tenant owning the app; left out = an admin's app"),
  processGroup: text.nullable().optional(),
  applicationGroup: text.nullable().optional(),
  callableObject: text.nullable().optional(),
  passAuthorization: z.boolean().nullable().optional(),
}).meta({
  id: 'ServerSpecWsgiMount',
  description:
    'A WSGIScriptAlias(Match) line of the vhost; natural key: its vhost and its URL path or pattern',
});

const virtualHost = dto({
  key: text.optional().describe('Only when the ServerName alone is not unique on the server'),
  serverName: name,
  serverAliases: z.array(name).max(100),
  addresses: z.array(z.string().max(256)).max(32),
  documentRoot: text.nullable(),
  processGroup: text.nullable(),
  applicationGroup: text.nullable(),
  restrictProcess: z
    .array(name)
    .max(1000)
    .nullable()
    .optional()
    .describe('Vhost-scope WSGIRestrictProcess; left out or null = none'),
  env,
  processGroupMap: dto({
    variable: z.string().max(256),
    fallback: name,
    entries: z.array(dto({ uri: text, processGroup: name })).max(100_000),
    format: z.enum(['txt', 'dbm']).optional().describe('Left out = txt'),
  }).nullable(),
  directories: z.array(directory).max(10_000),
  wsgiMounts: z
    .array(wsgiMount)
    .max(10_000)
    .optional()
    .describe('Left out = none listed: the vhost keeps its mounts unless the PUT prunes'),
}).meta({ id: 'ServerSpecVirtualHost' });

const daemonGroup = dto({
  name,
  virtualHost: text.nullable().describe('The key of the vhost that defines it; null = global scope'),
  tenant: name.nullable(),
  processes: z.number().int().nullable(),
  threads: z.number().int().nullable(),
  user: z.string().max(256).nullable(),
  group: z.string().max(256).nullable(),
  options: z.record(z.string().max(64), z.union([text, z.number(), z.boolean()])),
}).meta({ id: 'ServerSpecDaemonGroup' });

export const serverSpecSchema = dto({
  apiVersion: z.literal('hostplane/v1'),
  server: dto({
    modWsgiVersion: z.enum(['4.9', '5.0', '6.0']),
    platform: z.enum(['linux', 'windows']).optional().describe("Left out = keep the server's"),
    restrictEmbedded: z.boolean(),
    socketPrefix: text.nullable(),
    apacheUser: z.string().max(256),
    apacheGroup: z.string().max(256),
    configDir: text,
    pythonVersion: z
      .string()
      .max(16)
      .nullable()
      .optional()
      .describe("X.Y of the Python mod_wsgi embeds; null = unknown; left out = keep the server's"),
    restrictProcess: z
      .array(name)
      .max(1000)
      .nullable()
      .optional()
      .describe("Server-scope WSGIRestrictProcess; null = none; left out = keep the server's"),
    processGroup: text
      .nullable()
      .optional()
      .describe("Server-scope WSGIProcessGroup; null = none; left out = keep the server's"),
  }),
  tenants: z
    .array(
      dto({
        name,
        unixUser: z.string().max(256),
        unixGroup: z.string().max(256),
        homeDirectory: text
          .nullable()
          .optional()
          .describe(
            "Where its virtualenvs and code may live; null = /home/<unixUser>; left out = keep the tenant's",
          ),
      }),
    )
    .max(100_000),
  daemonGroups: z.array(daemonGroup).max(100_000),
  virtualHosts: z.array(virtualHost).max(100_000),
}).meta({
  id: 'ServerSpec',
  description: 'The whole managed state of one server, with natural keys and no database ids',
});
export type ServerSpecBody = z.infer<typeof serverSpecSchema>;

export const importRequestSchema = dto({
  files: z
    // A file can be no longer than the route's 48 MB body limit (IMPORT_BODY_LIMIT).
    .array(dto({ path: z.string().min(1).max(4096), content: z.string().max(48 * 1024 * 1024) }))
    .min(1)
    .max(200_000)
    .describe('The main configuration, everything it includes, and the .htaccess files, as they are on disk'),
  main: z.string().max(4096).optional().describe('Default /etc/apache2/apache2.conf'),
  serverRoot: z.string().max(4096).optional().describe('Default: the folder of the main file'),
  defines: z.array(z.string().max(256)).max(100).optional().describe('`-D NAME` parameters'),
  env: z.record(z.string().max(256), text).optional().describe('Environment Apache starts with (envvars)'),
  homes: z
    .string()
    .max(4096)
    .optional()
    .describe(
      "Where the users' home directories are (default /home): a <Directory> under <homes>/<user>/ is that user's tenant's, and an inferred tenant's home is <homes>/<user>",
    ),
}).meta({ id: 'ImportRequest' });
export type ImportRequest = z.infer<typeof importRequestSchema>;

const diagnostic = z
  .strictObject({
    code: z.string(),
    severity: z.enum(['error', 'warning']),
    path: z.string(),
    message: z.string(),
    apacheMessage: z.string().optional(),
  })
  .meta({ id: 'ImportDiagnostic' });

export const importReportSchema = z
  .strictObject({
    spec: serverSpecSchema,
    unmanaged: z.array(
      z.strictObject({ file: z.string(), line: z.number().int(), text: z.string(), reason: z.string() }),
    ),
    inferred: z.array(z.strictObject({ what: z.string(), why: z.string() })),
    diagnostics: z.array(diagnostic),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof importReportSchema>;
