import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ServerModel, VirtualHost } from '../model/server-model.js';
import { compareText } from '../render/rendered-file.js';
import { serverNameHost } from '../syntax/name-patterns.js';
import { filesMatcher, filesPattern } from './files-pattern.js';
import { addressPort, parseHostHeader } from './host-header.js';
import { createResolver } from './index.js';
import { FILES_GLOBS, randomModel, randomRequest } from './random-models.fixture.js';
import type { ResolveEnv, ResolveRequest } from './resolve-outcome.js';

/**
 * createResolver builds its indexes in single passes (no up-front sort, lazy per-vhost tables, literal
 * `<Files>` as string equality). These properties hold it to the plain definitions it replaces.
 */

const env: ResolveEnv = {
  fileExists: (path) => !path.includes('missing'),
  processEnv: { OTHER: 'g3' },
};

/** ap_strcasecmp_match, written out: `*` any run, `?` one character, ASCII case-insensitive. */
function wildcardMatches(pattern: string, name: string): boolean {
  if (pattern === '') return name === '';
  if (pattern[0] === '*') {
    return (
      wildcardMatches(pattern.slice(1), name) || (name !== '' && wildcardMatches(pattern, name.slice(1)))
    );
  }
  return (
    name !== '' &&
    (pattern[0] === '?' || pattern[0]?.toLowerCase() === name[0]?.toLowerCase()) &&
    wildcardMatches(pattern.slice(1), name.slice(1))
  );
}

/** Name-based vhost selection the slow way: sort as render does, then take the first listening match. */
function referenceVirtualHost(model: ServerModel, request: ResolveRequest): string | null {
  const hostname = parseHostHeader(request.host).hostname;
  const listening = [...model.virtualHosts]
    .sort((a, b) => compareText(a.serverName, b.serverName) || compareText(a.id, b.id))
    .filter(
      (v) =>
        request.port === undefined || v.addresses.some((a) => [null, request.port].includes(addressPort(a))),
    );
  const names = (v: VirtualHost) =>
    [serverNameHost(v.serverName), ...v.serverAliases].filter((n) => n !== '');
  const matches = (name: string) =>
    /[*?]/.test(name) ? wildcardMatches(name, hostname) : name.toLowerCase() === hostname;
  const chosen = listening.find((v) => names(v).some(matches)) ?? listening[0];
  return chosen?.id ?? null;
}

/** Fisher–Yates driven by generated numbers: the same model with its arrays in another order. */
function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (keys[i % Math.max(keys.length, 1)] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('createResolver agrees with the straightforward definitions', () => {
  it('picks the first listening vhost in config order whose name or alias matches, else the first listening one', () => {
    fc.assert(
      fc.property(randomModel, fc.array(randomRequest, { minLength: 1, maxLength: 6 }), (model, requests) => {
        const resolver = createResolver(model, env);
        for (const request of requests) {
          const outcome = resolver(request);
          // An unusable request-target never reaches vhost selection.
          if (outcome.trace.every((t) => t.step !== 'virtual-host')) continue;
          expect(outcome.virtualHostId).toBe(referenceVirtualHost(model, request));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('predicts the same outcome, trace included, whatever order the model lists vhosts and directories in', () => {
    fc.assert(
      fc.property(
        randomModel,
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.array(randomRequest, { minLength: 1, maxLength: 6 }),
        (model, keys, requests) => {
          const reordered: ServerModel = {
            ...model,
            virtualHosts: shuffled(model.virtualHosts, keys),
            directories: shuffled(model.directories, [...keys].reverse()),
          };
          const a = createResolver(model, env);
          const b = createResolver(reordered, env);
          for (const request of requests) expect(b(request)).toEqual(a(request));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('matches a <Files> name exactly as the fnmatch regex does, with or without wildcards', () => {
    const names = fc.oneof(
      fc.constantFrom('app.wsgi', 'bpp.wsgi', 'xpp.wsgi', '*.wsgi', 'a.b', 'axb', 'x]y', '', 'APP.WSGI'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...FILES_GLOBS), fc.string({ maxLength: 6 })),
        names,
        (glob, name) => {
          let regex: RegExp;
          try {
            regex = filesPattern(glob);
          } catch {
            // An invalid class: compileRules turns the throw into a refused .htaccess either way.
            expect(() => filesMatcher(glob)).toThrow();
            return;
          }
          expect(filesMatcher(glob).test(name)).toBe(regex.test(name));
          if (!/[*?[\\]/.test(glob)) expect(filesMatcher(glob).test(name)).toBe(name === glob);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
