import type { DeployLogger } from '#deploy';

/** pino-compatible; main.ts passes pino (JSON lines on stdout), tests a recorder. */
export interface AgentLogger extends DeployLogger {
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
