import { z } from 'zod';

const diagnosticSchema = z
  .strictObject({
    code: z.string(),
    severity: z.enum(['error', 'warning']),
    path: z.string().describe('JSON Pointer into the server model'),
    message: z.string(),
    apacheMessage: z.string().optional(),
  })
  .meta({ id: 'Diagnostic' });

export const validationReportSchema = z
  .strictObject({ valid: z.boolean(), diagnostics: z.array(diagnosticSchema) })
  .meta({ id: 'ValidationReport' });

export type ValidationReport = z.infer<typeof validationReportSchema>;

export const renderedConfigSchema = z
  .strictObject({
    digest: z.string().describe('SHA-256 over the file set; identical models give identical digests'),
    files: z.array(z.strictObject({ path: z.string(), content: z.string(), sha256: z.string() })),
  })
  .meta({ id: 'RenderedConfig' });

export type RenderedConfigBody = z.infer<typeof renderedConfigSchema>;

export const resolveQuerySchema = z
  .strictObject({
    host: z.string().min(1).max(1024),
    path: z.string().min(1).max(8192),
    port: z.coerce.number().int().min(1).max(65535).optional(),
  })
  .meta({ id: 'ResolveQuery' });

export type ResolveQuery = z.infer<typeof resolveQuerySchema>;

export const resolveOutcomeSchema = z
  .strictObject({
    status: z.union([z.literal(200), z.literal(403), z.literal(404), z.literal(500)]),
    processGroup: z.string().nullable().describe('null: mod_wsgi never ran; "": embedded mode'),
    applicationGroup: z.string().nullable(),
    file: z.string().nullable(),
    runsAs: z.strictObject({ user: z.string(), group: z.string() }).nullable(),
    virtualHostId: z.string().nullable(),
    trace: z.array(z.strictObject({ step: z.string(), source: z.string(), detail: z.string() })),
    error: z.string().optional().describe('The text mod_wsgi or Apache would log'),
  })
  .meta({ id: 'ResolveOutcome' });

export type ResolveOutcomeBody = z.infer<typeof resolveOutcomeSchema>;
