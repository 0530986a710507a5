import { z } from 'zod';

export const RESTART_STATES = ['pending', 'running', 'done', 'failed'] as const;
export type RestartState = (typeof RESTART_STATES)[number];

const pids = z.array(
  z
    .number()
    .int()
    .min(1)
    .max(2 ** 31),
);

export const daemonGroupRestartSchema = z
  .strictObject({
    id: z.string(),
    daemonGroupId: z.string(),
    state: z
      .enum(RESTART_STATES)
      .describe(
        'pending: waits for the server’s agent (or the local applier); running; done: every old process was replaced; failed: see errors',
      ),
    requestedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().optional().describe('Once done or failed'),
    pidsBefore: pids.optional().describe('The group’s processes that were signalled (once done or failed)'),
    pidsAfter: pids.optional().describe('The group’s processes afterwards (once done or failed)'),
    errors: z.array(z.string()).optional().describe('Why it failed, or what went wrong on the way'),
  })
  .meta({ id: 'DaemonGroupRestart' });
export type DaemonGroupRestartDto = z.infer<typeof daemonGroupRestartSchema>;
