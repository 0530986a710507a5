import { z } from 'zod';
import { listQuery, pageSchema } from '../platform/http/pagination/index.js';
import { dto } from '../platform/http/validation/dto.js';

const diagnostic = z
  .strictObject({
    code: z.string(),
    severity: z.enum(['error', 'warning']),
    path: z.string(),
    message: z.string(),
    apacheMessage: z.string().optional(),
  })
  .meta({ id: 'PublicationDiagnostic' });

const STATUSES = ['pending', 'live', 'failed', 'superseded', 'rolled_back'] as const;

/** The body is optional: `POST …/publications` with none publishes the current model. */
export const publishBodySchema = dto({
  force: z
    .boolean()
    .optional()
    .describe(
      'Overwrite hand-edited files, republish even an unchanged digest, and publish over errors in the agent’s reported facts (the configtest on the server decides)',
    ),
  reason: z.string().min(1).max(1000).optional(),
})
  .optional()
  .meta({ id: 'PublishRequest' });
export type PublishBody = z.infer<typeof publishBodySchema>;

export const publishQuerySchema = z
  .strictObject({ dryRun: z.enum(['true', 'false']).optional() })
  .meta({ id: 'PublishQuery' });
export type PublishQuery = z.infer<typeof publishQuerySchema>;

export const rollbackBodySchema = dto({
  reason: z.string().min(1).max(1000),
  force: z.boolean().optional(),
}).meta({ id: 'RollbackRequest' });
export type RollbackBody = z.infer<typeof rollbackBodySchema>;

export const deploymentReportSchema = dto({
  status: z.enum(['live', 'failed']),
  log: z.string().max(65_536).optional(),
}).meta({ id: 'DeploymentReport' });
export type DeploymentReport = z.infer<typeof deploymentReportSchema>;

const fileSummary = z.strictObject({ path: z.string(), sha256: z.string() });
const fileFull = z.strictObject({ path: z.string(), sha256: z.string(), content: z.string() });

const reloadReason = z
  .string()
  .nullable()
  .describe(
    'Why this change needs a graceful reload (e.g. a WSGI mount changed: Apache rereads WSGIScriptAlias only on a reload), or why it needs none; null when no file changed',
  );

const failure = z
  .strictObject({ step: z.string(), message: z.string(), output: z.string() })
  .nullable()
  .describe('The failing step of a failed or rolled back apply');

const publicationFields = {
  id: z.string(),
  serverId: z.string(),
  revision: z.number().int().describe('Gapless per server, from 1'),
  status: z.enum(STATUSES),
  kind: z
    .enum(['reload', 'no-reload', 'none'])
    .describe(
      'reload: the include file changed (graceful restart); no-reload: only .htaccess or RewriteMap files changed (live on the next request)',
    ),
  digest: z.string(),
  parentId: z.string().nullable(),
  rollbackOfId: z.string().nullable(),
  reason: z.string().nullable(),
  actorUserId: z.string().nullable(),
  credentialId: z.string().nullable(),
  diagnostics: z.array(diagnostic).describe('Warnings at publish time, and the error that failed it'),
  failure,
  log: z.string().nullable(),
  createdAt: z.iso.datetime(),
  appliedAt: z.iso.datetime().nullable(),
};

export const publicationSummarySchema = z
  .strictObject({ ...publicationFields, files: z.array(fileSummary) })
  .meta({ id: 'PublicationSummary' });
export type PublicationSummary = z.infer<typeof publicationSummarySchema>;

export const publicationSchema = z
  .strictObject({
    ...publicationFields,
    files: z.array(fileFull),
    // Against the parent revision; the agents' pull route and deployment report leave it out (cost per poll).
    reloadReason: reloadReason
      .optional()
      .describe(
        'Why this revision needs a graceful reload against its parent, or why it needs none (GET /publications/{id})',
      ),
  })
  .meta({ id: 'Publication' });
export type PublicationDto = z.infer<typeof publicationSchema>;

export const publishResultSchema = z
  .strictObject({
    ...publicationFields,
    files: z.array(fileSummary),
    noop: z.boolean().describe('true: the digest was already live (or pending); nothing was stored'),
    message: z.string(),
    reloaded: z.boolean(),
    reloadReason,
    changedPaths: z.array(z.string()),
  })
  .meta({ id: 'PublishResult' });
export type PublishResult = z.infer<typeof publishResultSchema>;

const fileDiff = z.strictObject({
  path: z.string(),
  change: z.enum(['added', 'removed', 'modified']),
  diff: z.string().describe('Unified diff (diff -u)'),
});

export const dryRunSchema = z
  .strictObject({
    dryRun: z.literal(true),
    valid: z
      .boolean()
      .describe(
        "false when the model has errors or the server's agent reports facts that refuse the publish unless forced",
      ),
    digest: z.string().nullable().describe('null when the model cannot be rendered'),
    changed: z.boolean(),
    kind: z.enum(['reload', 'no-reload', 'none']),
    reloadReason,
    against: z.strictObject({ id: z.string(), revision: z.number().int() }).nullable(),
    diagnostics: z.array(diagnostic),
    files: z.array(fileDiff),
  })
  .meta({ id: 'PublishDryRun' });
export type DryRunDto = z.infer<typeof dryRunSchema>;

export const publicationDiffSchema = z
  .strictObject({
    from: z.strictObject({ id: z.string(), revision: z.number().int() }).nullable(),
    to: z.strictObject({ id: z.string(), revision: z.number().int() }),
    files: z.array(fileDiff),
  })
  .meta({ id: 'PublicationDiff' });
export type PublicationDiffDto = z.infer<typeof publicationDiffSchema>;

export const diffQuerySchema = z
  .strictObject({ against: z.string().min(1).max(64).optional().describe('Default: the parent revision') })
  .meta({ id: 'PublicationDiffQuery' });
export type DiffQuery = z.infer<typeof diffQuerySchema>;

export const publicationListQuery = listQuery({ status: z.enum(STATUSES).optional() }).meta({
  id: 'PublicationListQuery',
});
export type PublicationListQuery = z.infer<typeof publicationListQuery>;

export const publicationPageSchema = pageSchema(publicationSummarySchema).meta({ id: 'PublicationPage' });

export const driftReportSchema = z
  .strictObject({
    serverId: z.string(),
    live: z.strictObject({ id: z.string(), revision: z.number().int() }).nullable(),
    clean: z.boolean(),
    findings: z.array(
      z.strictObject({
        path: z.string(),
        target: z.string(),
        kind: z.enum(['modified', 'missing', 'unmanaged']),
        expectedSha256: z.string().nullable(),
        actualSha256: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'DriftReport' });
export type DriftReportDto = z.infer<typeof driftReportSchema>;
