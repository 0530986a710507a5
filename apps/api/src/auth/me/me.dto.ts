import { z } from 'zod';

export const meSchema = z
  .strictObject({
    id: z.string(),
    username: z.string(),
    role: z.enum(['admin', 'tenant']),
    tenantId: z.string().nullable(),
  })
  .meta({ id: 'Me' });

export type Me = z.infer<typeof meSchema>;
