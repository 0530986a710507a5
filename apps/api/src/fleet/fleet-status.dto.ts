import { z } from 'zod';
import { FACT_CODES } from '#apache';
import { listQuery, pageSchema } from '../platform/http/pagination/index.js';
import { agentFactsSchema, daemonProcessSchema } from './agent-report.dto.js';

export const FLEET_STATES = ['offline', 'behind', 'failed', 'drift', 'mismatch'] as const;
export type FleetState = (typeof FLEET_STATES)[number];

export const factMismatchSchema = z
  .strictObject({
    code: z.enum(FACT_CODES),
    severity: z
      .enum(['error', 'warning'])
      .describe('error: Apache or mod_wsgi would refuse it; the same diagnostic is in GET /validation'),
    path: z.string().describe('Where the declared value lives, e.g. /daemon-groups/<id>/user'),
    message: z.string(),
    apacheMessage: z.string().optional(),
    declared: z.string().nullable(),
    reported: z.string().nullable(),
  })
  .meta({ id: 'FactMismatch' });
export type FactMismatch = z.infer<typeof factMismatchSchema>;

const agentSchema = z
  .strictObject({
    lastSeenAt: z.iso.datetime().nullable(),
    version: z.string().nullable(),
    online: z.boolean().describe('Seen within the last 3 poll intervals'),
  })
  .meta({ id: 'AgentPresence' });

const common = {
  serverId: z.string(),
  agent: agentSchema,
  liveRevision: z.number().int().nullable().describe('Newest revision that went live'),
  wantedRevision: z
    .number()
    .int()
    .nullable()
    .describe('What the agent is asked to run: the newest pending or live revision'),
  appliedRevision: z.number().int().nullable().describe('What the agent reports it made live'),
  lastOutcome: z.enum(['live', 'failed']).nullable(),
  states: z.array(z.enum(FLEET_STATES)).describe('Empty: online, current, clean, as declared'),
  factMismatches: z.array(factMismatchSchema),
};

export const serverStatusSchema = z
  .strictObject({
    ...common,
    drift: z.array(z.string()).describe('Paths that differ from the applied revision'),
    facts: agentFactsSchema.nullable(),
    factsReportedAt: z.iso.datetime().nullable(),
    processes: z.array(daemonProcessSchema),
    processesReportedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ServerStatus' });
export type ServerStatusDto = z.infer<typeof serverStatusSchema>;

export const fleetRowSchema = z
  .strictObject({
    ...common,
    name: z.string(),
    newestStatus: z
      .enum(['pending', 'live', 'failed', 'superseded', 'rolled_back'])
      .nullable()
      .describe('Status of the newest revision'),
    drift: z.array(z.string()),
  })
  .meta({ id: 'FleetRow' });
export type FleetRowDto = z.infer<typeof fleetRowSchema>;

export const fleetPageSchema = pageSchema(fleetRowSchema).meta({ id: 'FleetPage' });

export const fleetListQuery = listQuery({
  state: z.enum(FLEET_STATES).optional().describe('Only servers in this state'),
}).meta({ id: 'FleetListQuery' });
export type FleetListQuery = z.infer<typeof fleetListQuery>;

export const daemonGroupProcessesSchema = z
  .strictObject({
    daemonGroupId: z.string(),
    serverId: z.string(),
    name: z.string(),
    reportedAt: z.iso.datetime().nullable().describe('When the agent last sent processes; null: never'),
    processes: z.array(daemonProcessSchema),
  })
  .meta({ id: 'DaemonGroupProcesses' });
export type DaemonGroupProcessesDto = z.infer<typeof daemonGroupProcessesSchema>;
