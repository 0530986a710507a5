import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeployedFile } from '#deploy';
import type { DeploymentReport } from './api-client.js';

/** What the agent knows across restarts; the files on disk are the deploy journal's business. */
export interface AgentState {
  version: 1;
  /** The revision this agent last made live: its files are `previousFiles` of the next apply. */
  applied: { publicationId: string; revision: number; digest: string; files: DeployedFile[] } | null;
  /** ETag of the last answer that needed nothing from us (sent as If-None-Match). */
  etag: string | null;
  /** An outcome the API has not acknowledged yet: sent before anything else, so none is ever lost. */
  pendingReport: ({ publicationId: string } & DeploymentReport) | null;
  /** The outcome of the last apply (for the heartbeat); null before the first. */
  lastOutcome: 'live' | 'failed' | null;
}

export const STATE_FILE = 'agent-state.json';

export function emptyState(): AgentState {
  return { version: 1, applied: null, etag: null, pendingReport: null, lastOutcome: null };
}

export async function loadState(stateDir: string): Promise<AgentState> {
  let text: string;
  try {
    text = await readFile(join(stateDir, STATE_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw error;
  }
  const parsed = JSON.parse(text) as Partial<AgentState>;
  if (parsed.version !== 1) throw new Error(`${STATE_FILE}: unknown version ${String(parsed.version)}`);
  return { ...emptyState(), ...parsed };
}

/** temp file + fsync + rename + fsync(dir): after a crash the state is the old one or the new one. */
export async function saveState(stateDir: string, state: AgentState): Promise<void> {
  await mkdir(stateDir, { recursive: true, mode: 0o700 });
  const temp = join(stateDir, `.${STATE_FILE}.${randomBytes(6).toString('hex')}`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(state, null, 2)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, join(stateDir, STATE_FILE));
  const dir = await open(stateDir, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
