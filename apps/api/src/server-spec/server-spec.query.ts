import { z } from 'zod';

const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

export const applySpecQuery = z
  .strictObject({
    dryRun: flag.describe('Answer the plan, the diagnostics and the rendered diff; write nothing'),
    prune: flag.describe('Delete what the document omits (default: keep it and list it as kept)'),
  })
  .meta({ id: 'ApplySpecQuery' });
export type ApplySpecQuery = z.infer<typeof applySpecQuery>;
