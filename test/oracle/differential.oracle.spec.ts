/**
 * Differential test of the engine against a real Apache + mod_wsgi: fast-check generates server models
 * (a few vhosts, global and vhost groups, tenant directories with restriction lists and .htaccess rules,
 * plus hand-written rules pointing at other tenants' groups, unknown names and embedded mode; server- and
 * vhost-scope restriction lists and a server-scope WSGIProcessGroup).
 * Every model must validate and render, `apache2 -t` must accept it, and for every request the real
 * status and process group must equal resolve()'s prediction. The seed is fixed and printed on failure;
 * set ORACLE_SEED to explore others.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';
import { existsSync } from 'node:fs';
import { compareRequest, isMatch, type Comparison } from './compare/compare-request.js';
import { createResolver, hasErrors, validate } from './engine.js';
import { deployCase } from './differential/deploy-case.js';
import { differentialCase, type DifferentialCase } from './differential/model-arbitrary.js';
import { planRequests } from './differential/request-plan.js';
import { UNIX_USERS } from './differential/tenant-pool.js';

const SEED = Number(process.env.ORACLE_SEED ?? 4242);
const MODELS = 6;
const MIN_REQUESTS = 200;

describeWithApache(`differential: engine vs real Apache (seed ${SEED})`, () => {
  let apache: ApacheInstance;
  const cases: DifferentialCase[] = [];
  let requestsCompared = 0;
  const outcomes = new Map<string, number>();

  beforeAll(async () => {
    ensureUnixUsers(UNIX_USERS);
    apache = await ApacheInstance.create();
    for (let i = 0; i < MODELS; i++) {
      const site = { root: `${apache.root}/m${i}`, port: apache.port };
      const [sample] = fc.sample(differentialCase(site), { seed: SEED + i, numRuns: 1 });
      if (sample !== undefined) cases.push(sample);
    }
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it.each(Array.from({ length: MODELS }, (_, i) => i))(
    `model %i: validates, renders, passes apache2 -t, and resolve() predicts every request (seed ${SEED} + i)`,
    async (i) => {
      const testCase = cases[i];
      if (testCase === undefined) throw new Error(`no case ${i}`);
      const errors = validate(testCase.model).filter((d) => d.severity === 'error');
      expect({ seed: SEED + i, errors }).toEqual({ seed: SEED + i, errors: [] });
      expect(hasErrors(errors)).toBe(false);
      apache.includeFiles = [deployCase(apache, testCase)];
      const result = await apache.configtest();
      expect({ seed: SEED + i, output: result.output.trim() }).toEqual({
        seed: SEED + i,
        output: 'Syntax OK',
      });

      await apache.restart();
      const resolver = createResolver(testCase.deployed, { fileExists: existsSync });
      const mismatches: Comparison[] = [];
      for (const { host, path } of planRequests(testCase.deployed)) {
        const outcome = resolver({ host, path, port: apache.port });
        const comparison = await compareRequest(apache, host, path, outcome);
        requestsCompared++;
        const kind = `${comparison.actual.status}${comparison.actual.processGroup === null ? '' : ' daemon'}`;
        outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
        if (!isMatch(comparison)) mismatches.push(comparison);
      }
      expect({ seed: SEED + i, mismatches }).toEqual({ seed: SEED + i, mismatches: [] });
    },
  );

  it(`compared at least ${MIN_REQUESTS} requests, reaching success and error paths`, () => {
    console.info(`differential oracle: ${requestsCompared} requests`, Object.fromEntries(outcomes));
    expect(requestsCompared).toBeGreaterThanOrEqual(MIN_REQUESTS);
    expect(outcomes.get('200 daemon') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('500') ?? 0).toBeGreaterThan(0);
    // Issue 10: the generated models mount WSGIScriptAlias apps too, and their requests are compared.
    expect(cases.filter((c) => (c.model.wsgiMounts ?? []).length > 0).length).toBeGreaterThan(0);
    // Issue 10 item 3: server- and vhost-scope WSGIRestrictProcess and a server-scope WSGIProcessGroup.
    const outer = (c: DifferentialCase) =>
      [
        c.model.restrictProcess != null ? 'server list' : null,
        c.model.virtualHosts.some((v) => v.restrictProcess != null) ? 'vhost list' : null,
        c.model.processGroup != null ? 'server group' : null,
      ].filter((p) => p !== null);
    const placements = new Set(cases.flatMap(outer));
    expect([...placements].sort()).toEqual(['server group', 'server list', 'vhost list']);
  });
});
