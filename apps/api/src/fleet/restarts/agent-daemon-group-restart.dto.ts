import { z } from 'zod';
import { dto } from '../../platform/http/validation/dto.js';

/** A pending restart as an agent needs it: which processes to look for (libs/deploy's DaemonGroupIdentity). */
export const agentRestartSchema = z
  .strictObject({
    id: z.string(),
    daemonGroupId: z.string(),
    groupName: z.string().describe('The WSGIDaemonProcess name'),
    displayName: z.string().nullable().describe('Its display-name option, as the model has it now'),
    socketPrefix: z.string().nullable().describe('The server’s WSGISocketPrefix (null: Apache’s default)'),
    otherTitles: z
      .array(z.string())
      .describe('The process titles of the server’s other groups: a process showing one of them is not ours'),
  })
  .meta({ id: 'AgentDaemonGroupRestart' });
export type AgentRestartDto = z.infer<typeof agentRestartSchema>;

export const agentRestartListSchema = z
  .strictObject({ items: z.array(agentRestartSchema).describe('Oldest first') })
  .meta({ id: 'AgentDaemonGroupRestartList' });
export type AgentRestartList = z.infer<typeof agentRestartListSchema>;

const pids = z
  .array(
    z
      .number()
      .int()
      .min(1)
      .max(2 ** 31),
  )
  .max(10_000);

export const agentRestartOutcomeSchema = dto({
  state: z
    .enum(['running', 'done', 'failed'])
    .describe('running: the agent took it (sent before signalling); done or failed: the outcome'),
  pidsBefore: pids.optional(),
  pidsAfter: pids.optional(),
  errors: z.array(z.string().min(1).max(2_000)).max(100).optional(),
}).meta({ id: 'AgentDaemonGroupRestartOutcome' });
export type AgentRestartOutcomeBody = z.infer<typeof agentRestartOutcomeSchema>;
