// Generates the Prisma client into libs/db/src/generated/prisma without Prisma's schema-engine binary.
//
// `prisma generate` insists on locating the schema engine (it downloads it from binaries.prisma.sh, which
// these machines cannot reach) although generation itself runs in WASM and never executes it. When no real
// engine is installed we point PRISMA_SCHEMA_ENGINE_BINARY at a stub that fails loudly if ever run.
//
//   node scripts/prisma-generate.mjs           regenerate the committed client
//   node scripts/prisma-generate.mjs --check   regenerate into a temp dir; exit 1 if the committed client differs
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = join(repo, 'prisma', 'schema.prisma');
const committedClient = join(repo, 'libs', 'db', 'src', 'generated', 'prisma');
const prismaCli = join(repo, 'node_modules', 'prisma', 'build', 'index.js');
const check = process.argv.includes('--check');

const scratch = mkdtempSync(join(tmpdir(), 'hostplane-prisma-'));
try {
  const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !realEngineInstalled()) {
    env.PRISMA_SCHEMA_ENGINE_BINARY = writeStubEngine(scratch);
  }
  if (check) {
    // Same relative layout as the repo: the schema text (output path included) is inlined into the client.
    const out = join(scratch, relative(repo, committedClient));
    const schemaCopy = join(scratch, 'prisma', 'schema.prisma');
    mkdirSync(dirname(schemaCopy));
    writeFileSync(schemaCopy, readFileSync(schemaPath));
    // cwd = scratch so that prisma.config.ts (which points at the real schema) is not picked up.
    runPrisma(['generate', '--schema', schemaCopy], scratch, env);
    const differences = compareTrees(out, committedClient);
    if (differences.length > 0) {
      console.error(
        'The committed Prisma client is out of date; run `npm run prisma:generate`. Differences:',
      );
      for (const line of differences) console.error(`  ${line}`);
      process.exitCode = 1;
    } else {
      console.log('Prisma client is up to date.');
    }
  } else {
    rmSync(committedClient, { recursive: true, force: true });
    runPrisma(['generate'], repo, env);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function realEngineInstalled() {
  const enginesDir = join(repo, 'node_modules', '@prisma', 'engines');
  return existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith('schema-engine-'));
}

function writeStubEngine(dir) {
  const stub = join(dir, 'schema-engine-stub');
  writeFileSync(
    stub,
    '#!/bin/sh\necho "hostplane: the schema-engine stub was executed; install the real engine for this command" >&2\nexit 1\n',
  );
  chmodSync(stub, 0o755);
  return stub;
}

function runPrisma(args, cwd, env) {
  const result = spawnSync(process.execPath, [prismaCli, ...args], { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`prisma ${args.join(' ')} failed with exit code ${result.status}`);
  }
  if (!check) process.stdout.write(result.stdout);
}

function listFiles(root) {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

function compareTrees(fresh, committed) {
  const freshFiles = listFiles(fresh);
  const committedFiles = listFiles(committed);
  const differences = [];
  for (const file of committedFiles) if (!freshFiles.includes(file)) differences.push(`stale file ${file}`);
  for (const file of freshFiles) {
    if (!committedFiles.includes(file)) differences.push(`missing file ${file}`);
    else if (!readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file)))) {
      differences.push(`changed file ${file}`);
    }
  }
  return differences;
}
