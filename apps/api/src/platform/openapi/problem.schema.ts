import { z } from 'zod';
import { PROBLEM_TYPE_URIS, problemPage } from './contract/problem-types.js';

const [firstType, ...otherTypes] = PROBLEM_TYPE_URIS;

/** RFC 9457 problem details as this API sends them; documented once and referenced by every operation. */
export const problemSchema = z
  .looseObject({
    type: z
      .enum([firstType ?? 'about:blank', ...otherTypes])
      .describe(
        'The problem type. urn:hostplane:problem:<slug> is explained in docs/' +
          problemPage('<slug>') +
          '; about:blank is a plain HTTP error (unknown route, unexpected 500) described by its status',
      ),
    title: z.string(),
    status: z.number().int().min(100).max(599),
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
