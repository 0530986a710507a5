#!/usr/bin/env node
import { pino } from 'pino';
import { AGENT_USAGE, AgentConfigError, loadAgentConfig } from './agent-config.js';
import { runAgent } from './agent-loop.js';

/**
 * hostplane-agent: runs on each Apache server with a server-scoped API token, pulls the server's revision
 * and applies it (no inbound connection to the web server). JSON log lines on stdout.
 */
async function main(): Promise<number> {
  if (process.argv[2] === 'import') {
    // Loaded only here: the import needs the Apache engine (#apache), the pull loop does not.
    const { runImportCommand } = await import('./agent-import.js');
    return runImportCommand(process.argv.slice(3), process.env, (text) => process.stdout.write(`${text}\n`));
  }
  const logger = pino({ base: { app: 'hostplane-agent' }, timestamp: pino.stdTimeFunctions.isoTime });
  if (process.argv.includes('--help')) {
    process.stdout.write(`${AGENT_USAGE}\n`);
    return 0;
  }
  let config;
  try {
    config = loadAgentConfig(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof AgentConfigError)) throw error;
    logger.error({ event: 'agent.config', error: error.message }, 'invalid configuration');
    process.stderr.write(`${AGENT_USAGE}\n`);
    return 2;
  }
  const controller = new AbortController();
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.once(sig, () => {
      logger.info({ event: 'agent.signal', signal: sig }, 'stopping after the current step');
      controller.abort();
    });
  }
  const summary = await runAgent(config, { signal: controller.signal, logger });
  return summary.exitCode;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `${JSON.stringify({ level: 60, app: 'hostplane-agent', event: 'agent.fatal', error: String(error) })}\n`,
    );
    process.exitCode = 1;
  },
);
