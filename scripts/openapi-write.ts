import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createApp } from '../apps/api/src/create-app.js';
import { parseEnv } from '../apps/api/src/platform/config/parse-env.js';
import { toConfigValues } from '../apps/api/src/platform/config/load-config.js';
import { createLogger } from '../apps/api/src/platform/logging/create-logger.js';
import { createOpenApiDocument } from '../apps/api/src/platform/openapi/openapi-document.js';

/**
 * Writes docs/openapi.json from the app's routes and schemas (style.md habit 12); `--check` fails when
 * the committed file differs. The app is built detached from any database: no PostgreSQL needed.
 */
const target = join(process.cwd(), 'docs', 'openapi.json');
const check = process.argv.includes('--check');

const config = toConfigValues(parseEnv({}), randomBytes(32).toString('hex'));
const app = await createApp({ config, logger: createLogger('warn'), databaseUrl: null });
const document = `${JSON.stringify(createOpenApiDocument(app), null, 2)}\n`;
await app.close();

if (check) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== document) {
    console.error(
      `${target} is out of date with the API: run \`npm run openapi:write\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${target} is up to date.`);
} else {
  await writeFile(target, document);
  console.log(`Wrote ${target}.`);
}
