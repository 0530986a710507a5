import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/**
 * apps/agent + libs/deploy as plain JS, the way tsconfig.build.json emits them, transpiled in-process so the
 * test never depends on a stale dist/. It lives under node_modules/.cache so `pino` resolves from the repo.
 */
export function buildAgent(): { main: string; cleanup: () => void } {
  const repo = process.cwd();
  // A fresh `npm ci` has no node_modules/.cache yet.
  mkdirSync(join(repo, 'node_modules/.cache'), { recursive: true });
  const out = mkdtempSync(join(repo, 'node_modules/.cache/hp-agent-'));
  for (const tree of ['apps/agent/src', 'libs/deploy/src']) {
    for (const file of walk(join(repo, tree))) {
      const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
        fileName: file,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 },
      });
      const target = join(out, relative(repo, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, outputText);
    }
  }
  const pkg = { type: 'module', imports: { '#deploy': './libs/deploy/src/index.js' } };
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(pkg)}\n`);
  return {
    main: join(out, 'apps/agent/src/main.js'),
    cleanup: () => rmSync(out, { recursive: true, force: true }),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

export interface AgentProcess {
  /** Parsed JSON log lines so far. */
  lines(): Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

export function spawnAgent(main: string, args: string[], env: Record<string, string>): AgentProcess {
  const child = spawn(process.execPath, [main, ...args], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    lines: () =>
      stdout
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => {
          try {
            return JSON.parse(l) as Record<string, unknown>;
          } catch {
            return { unparsed: l, stderr };
          }
        }),
    exited,
    kill: (signal) => child.kill(signal),
  };
}
