import { z } from 'zod';

/** RFC 9457 problem details as this API sends them; documented once and referenced by every operation. */
export const problemSchema = z
  .looseObject({
    type: z.string().describe('URI identifying the problem type; about:blank for plain HTTP errors'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errorId: z.string().optional().describe('Only on 500: quote it when reporting; it is in the server log'),
    errors: z
      .array(
        z.object({
          code: z.string(),
          severity: z.enum(['error', 'warning']),
          path: z.string().describe('JSON Pointer'),
          message: z.string(),
          apacheMessage: z.string().optional(),
        }),
      )
      .optional()
      .describe('Diagnostics, for validation failures'),
  })
  .meta({ id: 'Problem' });
