import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { requestBody } from '#test-support/fuzz/body-from-schema.js';
import { hostileString, HOSTILE_STRINGS } from '#test-support/fuzz/hostile-values.js';
import {
  loadOpenApiDocument,
  schemaLookup,
  writeOperations,
  type WriteOperation,
} from '#test-support/fuzz/write-operations.js';
import { startScenario, type ScenarioApp } from '../seed-scenario/scenario-app.js';

/**
 * Every write route of the committed document, as admin and as the tenant bob, with bodies generated from the route's
 * request schema and hostile values mixed in (NUL, prototype keys, huge numbers, deep nesting, wrong types). Whatever
 * the input: never a 5xx, never a stack trace or SQL in an answer, and the server's model stays valid.
 * FUZZ_SEED reproduces a run; FUZZ_RUNS sets the requests per route and principal (bounded to about a minute in CI).
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const LEAK =
  /\bat \S+ \(|\.ts:\d+|\.js:\d+|prisma|PrismaClient|\bSELECT\b|\bINSERT\b|\bUPDATE\s+"|violates|syntax error at/i;

interface Failure {
  readonly who: string;
  readonly request: string;
  readonly status: number;
  readonly body: string;
}

describe(`fuzzing every write route (seed ${SEED})`, () => {
  let s: ScenarioApp;
  let ids: Record<string, string[]>;
  const failures: Failure[] = [];
  const document = loadOpenApiDocument();
  const lookup = schemaLookup(document);
  const operations = writeOperations(document);

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'hostplane-fuzz-'));
    s = await startScenario({ root, port: 8080 });
    const b = s.built;
    const publication = await s.admin.post<{ id: string }>(`/servers/${b.serverId}/publications`, {});
    ids = {
      serverId: [b.serverId],
      vhostId: [b.siteVhostId],
      'virtual-hosts': [b.siteVhostId],
      'daemon-groups': Object.values(b.groupIds),
      directories: Object.values(b.directoryIds),
      tenants: Object.values(b.tenantIds),
      publications: [publication.id],
      users: [],
      tokens: [],
    };
  }, 120_000);

  afterAll(async () => {
    await s?.t.close();
  });

  /** A path with its parameters filled: mostly real ids (so requests reach the database), sometimes hostile text. */
  const pathFor = (operation: WriteOperation): fc.Arbitrary<string> => {
    const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const collection = operation.path.split('/').find((_, i, parts) => parts[i + 1] === '{id}') ?? '';
    const pools = names.map((name) => {
      const real = ids[name === 'id' ? collection : name] ?? [];
      return real.length > 0 && !(operation.method === 'delete' && name !== 'id')
        ? fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...real) },
            { weight: 1, arbitrary: hostileString() },
          )
        : hostileString();
    });
    return fc.tuple(...pools).map((values) => {
      let path = operation.path;
      values.forEach((value, i) => (path = path.replace(`{${names[i]}}`, encodeURIComponent(value))));
      return path;
    });
  };

  const queryFor = (operation: WriteOperation): fc.Arbitrary<string> =>
    operation.queryParameters.length === 0
      ? fc.constant('')
      : fc
          .tuple(...operation.queryParameters.map((name) => hostileString().map((v) => [name, v] as const)))
          .map(
            (pairs) => `?${new URLSearchParams(pairs.map(([k, v]): [string, string] => [k, v])).toString()}`,
          );

  const bodyFor = (operation: WriteOperation): fc.Arbitrary<{ type: string; text: string } | null> => {
    if (operation.jsonBody === null && !operation.textBody) return fc.constant(null);
    const json =
      operation.jsonBody === null
        ? null
        : requestBody(operation.jsonBody, lookup).map((v) => ({
            type: 'application/json',
            text: JSON.stringify(v) ?? 'null',
          }));
    const text = fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.constant('<Files a.wsgi>')), { maxLength: 6 })
      .map((lines) => ({ type: 'text/plain', text: lines.join('\n') }));
    const broken = fc.constantFrom('{', '{"a":', '[1,2', '\u0000', 'null').map((t) => ({
      type: 'application/json',
      text: t,
    }));
    const choices = [json, operation.textBody ? text : null, broken].filter((c) => c !== null);
    return fc.oneof(...choices);
  };

  async function drive(who: 'admin' | 'bob', operation: WriteOperation): Promise<void> {
    const client = who === 'admin' ? s.admin : s.bob;
    const requests = fc.sample(fc.tuple(pathFor(operation), queryFor(operation), bodyFor(operation)), {
      numRuns: RUNS,
      seed: SEED,
    });
    for (const [path, query, body] of requests) {
      const url = `${path.replace(/^\/api\/v1/, '')}${query}`;
      let req = client.request(operation.method, url);
      if (body !== null) req = req.set('Content-Type', body.type).send(body.text);
      const res = await req;
      const text = res.text ?? '';
      if (res.status >= 500 || LEAK.test(text)) {
        failures.push({
          who,
          request: `${operation.method.toUpperCase()} ${url} ${body?.text.slice(0, 300) ?? ''}`,
          status: res.status,
          body: text.slice(0, 500),
        });
      }
    }
  }

  it('answers every generated request with a status below 500 and no internals in the body', async () => {
    // Deletes last: they may remove what the other routes write to.
    const ordered = [...operations].sort(
      (a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'),
    );
    for (const operation of ordered) {
      await drive('bob', operation);
      if (operation.method !== 'delete') await drive('admin', operation);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  }, 240_000);

  it('leaves the server model valid', async () => {
    const res = await s.admin.get(`/servers/${s.built.serverId}/validation`);
    expect(res.status).toBe(200);
    expect((res.body as { valid: boolean }).valid).toBe(true);
  });
});
