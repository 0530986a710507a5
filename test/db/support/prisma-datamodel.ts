import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of Prisma's DMMF datamodel the schema-consistency check reads. */
export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
export interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string }[];
}
export interface DmmfEnum {
  name: string;
  dbName?: string | null;
  values: { name: string; dbName?: string | null }[];
}
export interface Datamodel {
  models: DmmfModel[];
  enums: DmmfEnum[];
  indexes: DmmfIndex[];
}

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');

/**
 * Prisma's own reading of a schema: runs `prisma generate` on a copy whose client generator is replaced
 * by dmmf-dump.generator.mjs, which writes the DMMF datamodel to a file. Works without the schema engine.
 */
export async function loadDatamodel(schemaText: string): Promise<Datamodel> {
  const dir = mkdtempSync(join(tmpdir(), 'hostplane-dmmf-'));
  try {
    const generator = `generator dump {\n  provider = "node ${join(here, 'dmmf-dump.generator.mjs')}"\n  output   = "./out"\n}`;
    const replaced = schemaText.replace(/generator\s+client\s*\{[^}]*\}/, generator);
    if (replaced === schemaText) throw new Error('schema has no `generator client` block');
    writeFileSync(join(dir, 'schema.prisma'), replaced);
    const stub = join(dir, 'schema-engine-stub');
    writeFileSync(stub, '#!/bin/sh\nexit 1\n');
    chmodSync(stub, 0o755);
    const out = join(dir, 'datamodel.json');
    await run(
      join(repo, 'node_modules', 'prisma', 'build', 'index.js'),
      ['generate', '--schema', 'schema.prisma'],
      dir,
      {
        HOSTPLANE_DMMF_OUT: out,
        PRISMA_SCHEMA_ENGINE_BINARY: stub,
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        CHECKPOINT_DISABLE: '1',
      },
    );
    return JSON.parse(readFileSync(out, 'utf8')) as Datamodel;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function readRepoSchema(): string {
  return readFileSync(join(repo, 'prisma', 'schema.prisma'), 'utf8');
}

function run(script: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma ${args.join(' ')}:\n${output}`)),
    );
  });
}
