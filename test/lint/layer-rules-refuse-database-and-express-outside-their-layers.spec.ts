import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

/**
 * The layer rules of eslint.config.mjs, tried on code a maintainer might write (linted as if it were at that path):
 * the build fails when a service reaches for Prisma or Express, and stays green where they belong.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const PRISMA = "import { Prisma } from '#db';\nexport const x = Prisma;\n";
const EXPRESS = "import type { Response } from 'express';\nexport type R = Response;\n";
const PG = "import pg from 'pg';\nexport const p = pg;\n";

describe('apps/api layer rules', () => {
  it('refuse the database in a service, a use case, a controller and a mapper', async () => {
    for (const path of [
      'apps/api/src/inventory/servers/server.service.ts',
      'apps/api/src/publishing/publish.use-case.ts',
      'apps/api/src/inventory/servers/server.controller.ts',
      'apps/api/src/model-store/mappers/server.mapper.ts',
    ]) {
      expect(await messages(path, PRISMA)).toEqual([expect.stringContaining('Only *.repository.ts')]);
    }
    expect(await messages('apps/api/src/platform/change-listener/change-listener.ts', PG)).toHaveLength(1);
  });

  it('keep the engine and the publisher free of the database', async () => {
    expect(await messages('libs/apache/src/validate/validate.ts', PRISMA)).toEqual([
      expect.stringContaining('libs/apache must stay free of Prisma'),
    ]);
    expect(await messages('libs/deploy/src/apply-revision.ts', PRISMA)).toHaveLength(1);
  });

  it('refuse Express below the controllers', async () => {
    expect(await messages('apps/api/src/publishing/publish.use-case.ts', EXPRESS)).toEqual([
      expect.stringContaining('Only controllers'),
    ]);
    expect(await messages('apps/api/src/inventory/servers/server.repository.ts', EXPRESS)).toHaveLength(1);
  });

  it('allow each where it belongs', async () => {
    expect(await messages('apps/api/src/inventory/servers/server.repository.ts', PRISMA)).toEqual([]);
    expect(await messages('apps/api/src/platform/database/database.ts', PG)).toEqual([]);
    expect(await messages('apps/api/src/inventory/servers/server.controller.ts', EXPRESS)).toEqual([]);
    expect(await messages('apps/api/src/platform/http/cors/cors.middleware.ts', EXPRESS)).toEqual([]);
  });
});
