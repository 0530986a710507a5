import { z } from 'zod';
import { dto } from '../platform/http/validation/dto.js';

const driftFinding = z.strictObject({
  path: z.string().min(1).max(4096),
  target: z.string().min(1).max(4096),
  kind: z.enum(['modified', 'missing', 'unmanaged']),
  expectedSha256: z.string().max(64).nullable(),
  actualSha256: z.string().max(64).nullable(),
});
export type DriftFindingDto = z.infer<typeof driftFinding>;

/** A unix user or group name as getent takes it (no spaces, no colon). */
const unixName = z
  .string()
  .max(256)
  .regex(/^[A-Za-z0-9._][A-Za-z0-9._-]{0,255}$/);
const version = z.string().min(1).max(64);

export const agentFactsSchema = z
  .strictObject({
    apacheVersion: version.nullable().optional().describe('e.g. "2.4.62"'),
    modWsgiVersion: version.nullable().optional().describe('e.g. "4.9.4"'),
    pythonVersion: version.nullable().optional().describe('X.Y of the Python mod_wsgi runs'),
    modules: z.array(z.string().min(1).max(256)).max(2_000).optional().describe('apache2ctl -M names'),
    unixUsers: z
      .array(unixName)
      .max(100_000)
      .optional()
      .describe('Of the users the API asked about (`wanted`), those that exist'),
    unixGroups: z.array(unixName).max(100_000).optional(),
    missingUnixUsers: z
      .array(unixName)
      .max(100_000)
      .optional()
      .describe('Of the users the API asked about, those that do not exist (absent: older agent)'),
    missingUnixGroups: z.array(unixName).max(100_000).optional(),
    env: z
      .record(z.string().min(1).max(256), z.string().max(4096))
      .optional()
      .describe('Values of the environment variables the model’s %{ENV:…} selections read'),
  })
  .meta({ id: 'AgentFacts' });
export type AgentFacts = z.infer<typeof agentFactsSchema>;

export const daemonProcessSchema = z
  .strictObject({
    group: z.string().min(1).max(256),
    pid: z
      .number()
      .int()
      .min(1)
      .max(2 ** 31),
    startedAt: z.iso.datetime().max(64).nullable(),
    rssBytes: z.number().int().min(0).nullable(),
  })
  .meta({ id: 'DaemonProcess' });
export type DaemonProcessDto = z.infer<typeof daemonProcessSchema>;

export const agentReportSchema = dto({
  agentVersion: z.string().min(1).max(100),
  appliedRevision: z.number().int().min(1).nullable().describe('The revision the agent last made live'),
  lastOutcome: z.enum(['live', 'failed']).nullable().describe('Outcome of the agent’s last apply'),
  drift: z
    .array(z.union([z.string().min(1).max(4096), driftFinding]))
    .max(10_000)
    .describe('Files that differ from the applied revision: paths, or drift findings'),
  facts: agentFactsSchema.optional().describe('Sent when they changed; absent = as last sent'),
  processes: z
    .array(daemonProcessSchema)
    .max(100_000)
    .optional()
    .describe('Sent when they changed; absent = as last sent'),
  wantedRevision: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('The model revision of the `wanted` names the agent checks (answered again when it moved)'),
}).meta({ id: 'AgentReport' });
export type AgentReportBody = z.infer<typeof agentReportSchema>;

export const factsWantedSchema = z
  .strictObject({
    modelRevision: z.number().int(),
    unixUsers: z.array(z.string()),
    unixGroups: z.array(z.string()),
    env: z.array(z.string()),
  })
  .meta({ id: 'FactsWanted' });
export type FactsWanted = z.infer<typeof factsWantedSchema>;

export const agentReportAnswerSchema = z
  .strictObject({
    receivedAt: z.iso.datetime(),
    wanted: factsWantedSchema
      .nullable()
      .describe('The names whose facts the API wants; null when `wantedRevision` is current'),
    forceRevision: z
      .number()
      .int()
      .nullable()
      .describe('A revision an admin published with force over the reported drift: apply it with force'),
    pythonVersion: z
      .string()
      .nullable()
      .optional()
      .describe(
        'The server’s declared Python X.Y (null: none): the agent’s preflight refuses virtualenvs of another X.Y, as the local applier does',
      ),
  })
  .meta({ id: 'AgentReportAnswer' });
export type AgentReportAnswer = z.infer<typeof agentReportAnswerSchema>;
