// A Hostplane stand-in for the orphan scenario: starts the embedded database on argv[2] (data dir) and
// argv[3] (port), prints its URL, then idles until the test SIGKILLs it.
import { register } from 'node:module';

register('../../support/typescript-loader.mjs', import.meta.url);
const { startDatabase } = await import('../../../libs/db/src/embedded/start-database.ts');
const database = await startDatabase({
  dataDir: process.argv[2],
  port: Number(process.argv[3]),
  databaseUrl: null,
});
process.stdout.write(JSON.stringify({ url: database.url }) + '\n');
globalThis.setInterval(() => undefined, 60_000);
