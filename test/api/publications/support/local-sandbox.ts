import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerModel } from '#apache';
import { seedRestrictProcess } from '../../../../libs/apache/test-fixtures/seed-restrict-process.js';

/** A fake web server root for HOSTPLANE_APPLY_MODE=local without Apache: config dir, journal, homes. */
export interface LocalSandbox {
  root: string;
  env: Record<string, string>;
  model: ServerModel;
  /** Disk path of a rendered path ("httpd/…" or an absolute .htaccess path). */
  at(path: string): string;
  read(path: string): string;
  write(path: string, content: string): void;
  cleanup(): void;
}

export function localSandbox(serverId: string, extraEnv: Record<string, string> = {}): LocalSandbox {
  const root = mkdtempSync(join(tmpdir(), 'hp-pub-'));
  const seed = seedRestrictProcess();
  const model: ServerModel = {
    ...seed,
    id: serverId,
    name: `pub-${serverId}`,
    configDir: `${root}/etc/hostplane`,
  };
  for (const d of model.directories) mkdirSync(join(root, d.path), { recursive: true });
  const at = (path: string) =>
    path.startsWith('httpd/') ? `${model.configDir}/${path.slice('httpd/'.length)}` : `${root}${path}`;
  return {
    root,
    model,
    env: {
      HOSTPLANE_APPLY_MODE: 'local',
      HOSTPLANE_APPLY_ROOT_PREFIX: root,
      HOSTPLANE_JOURNAL_DIR: `${root}/var/journal`,
      ...extraEnv,
    },
    at,
    read: (path) => readFileSync(at(path), 'utf8'),
    write: (path, content) => writeFileSync(at(path), content),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
