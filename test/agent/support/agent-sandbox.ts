import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerModel } from '#apache';
import { seedRestrictProcess } from '../../../libs/apache/test-fixtures/seed-restrict-process.js';

/** A fake web server for the agent without Apache: config dir, agent state dir, tenants' homes. */
export interface AgentSandbox {
  root: string;
  model: ServerModel;
  stateDir: string;
  /** Disk path of a rendered path ("httpd/…" or an absolute .htaccess path). */
  at(path: string): string;
  read(path: string): string | null;
  cleanup(): void;
}

export function agentSandbox(serverId: string): AgentSandbox {
  const root = mkdtempSync(join(tmpdir(), 'hp-agent-'));
  const model: ServerModel = {
    ...seedRestrictProcess(),
    id: serverId,
    name: `agent-${serverId}`,
    configDir: `${root}/etc/hostplane`,
  };
  for (const d of model.directories) mkdirSync(join(root, d.path), { recursive: true });
  const at = (path: string) =>
    path.startsWith('httpd/') ? `${model.configDir}/${path.slice('httpd/'.length)}` : `${root}${path}`;
  return {
    root,
    model,
    stateDir: `${root}/var/lib/hostplane-agent`,
    at,
    read: (path) => {
      try {
        return readFileSync(at(path), 'utf8');
      } catch {
        return null;
      }
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
