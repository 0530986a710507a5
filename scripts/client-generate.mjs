// Generates the typed client's types (libs/client/src/openapi.ts) from the committed docs/openapi.json with
// openapi-typescript, formatted by the repo's prettier so `npm run format:check` agrees.
//
//   node scripts/client-generate.mjs           regenerate
//   node scripts/client-generate.mjs --check   exit 1 if the committed types differ from the document
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(repo, 'docs', 'openapi.json');
const target = join(repo, 'libs', 'client', 'src', 'openapi.ts');
const check = process.argv.includes('--check');

const HEADER = `/**
 * Generated from docs/openapi.json by scripts/client-generate.mjs (openapi-typescript). Do not edit:
 * run \`npm run client:generate\`; \`npm run client:drift\` (in \`npm run check\`) fails when it is stale.
 */
`;

const ast = await openapiTS(pathToFileURL(source), { exportType: true });
const config = (await prettier.resolveConfig(target)) ?? {};
const text = await prettier.format(HEADER + astToString(ast), { ...config, filepath: target });

if (check) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error(
      `${target} is out of date with docs/openapi.json: run \`npm run client:generate\` and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${target} is up to date.`);
} else {
  await writeFile(target, text);
  console.log(`Wrote ${target}.`);
}
