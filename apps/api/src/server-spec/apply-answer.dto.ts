import { z } from 'zod';

const planEntry = z
  .strictObject({
    kind: z.enum(['server', 'tenant', 'daemonGroup', 'virtualHost', 'directory', 'wsgiMount']),
    key: z.string(),
    action: z.enum(['create', 'update', 'delete', 'unchanged', 'kept']),
    fields: z.array(z.string()).optional(),
  })
  .meta({ id: 'SpecPlanEntry' });

export const applyAnswerSchema = z
  .strictObject({
    dryRun: z.boolean(),
    changed: z
      .boolean()
      .describe('False when the document already describes the server: nothing was written'),
    plan: z.array(planEntry),
    diagnostics: z.array(
      z.strictObject({
        code: z.string(),
        severity: z.enum(['error', 'warning']),
        path: z.string().describe('JSON pointer into the document'),
        message: z.string(),
        apacheMessage: z.string().optional(),
      }),
    ),
    files: z
      .array(
        z.strictObject({
          path: z.string(),
          change: z.enum(['added', 'removed', 'modified']),
          diff: z.string(),
        }),
      )
      .optional()
      .describe('Dry runs: the rendered files that would change'),
  })
  .meta({ id: 'SpecApplyAnswer' });
