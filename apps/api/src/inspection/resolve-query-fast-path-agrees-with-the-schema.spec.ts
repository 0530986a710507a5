/**
 * GET /resolve's query skips zod when it is plainly well formed. Whatever the fast path accepts must be
 * exactly what resolveQuerySchema returns for it; everything else must be left to the schema.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { resolveQuerySchema } from './inspection.dto.js';
import { fastResolveQuery, resolveQueryInput } from './resolve-query.js';

const text = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '1',
    '80',
    ' 80 ',
    '080',
    '0x50',
    '1e2',
    '80.0',
    '80.5',
    '65535',
    '65536',
    '-1',
  ),
  fc.constantFrom('NaN', 'Infinity', 'www.site.com', '/bob/blog.wsgi', 'x'.repeat(1024), 'x'.repeat(1025)),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('/'.repeat(8192), '/'.repeat(8193)),
);
const queryValue = fc.oneof(text, fc.array(text, { maxLength: 2 }));
const anyKeys = fc.dictionary(fc.constantFrom('host', 'path', 'port', 'other', 'access_token'), queryValue);
const likely = fc.record({ host: text, path: text, port: text }, { requiredKeys: ['host', 'path'] });
const query = fc.oneof(anyKeys, likely);

function withNullPrototype(value: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, value);
}

describe('fastResolveQuery', () => {
  it('accepts only what the schema accepts, and returns the same value', () => {
    let taken = 0;
    fc.assert(
      fc.property(query, (raw) => {
        const value = withNullPrototype(raw);
        const fast = fastResolveQuery(value);
        if (fast === null) return;
        taken++;
        const parsed = resolveQuerySchema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(fast).toStrictEqual(parsed.data);
      }),
      { numRuns: 5000 },
    );
    // Not vacuous: a good share of the generated queries took the fast path.
    expect(taken).toBeGreaterThan(100);
  });

  it('takes the common requests itself', () => {
    expect(fastResolveQuery(withNullPrototype({ host: 'www.site.com', path: '/bob/' }))).toEqual({
      host: 'www.site.com',
      path: '/bob/',
    });
    expect(fastResolveQuery(withNullPrototype({ host: 'h', path: '/', port: '443' }))).toEqual({
      host: 'h',
      path: '/',
      port: 443,
    });
  });

  it('the validation pipe still gets the schema’s issues for a refused query', async () => {
    const result = await resolveQueryInput['~standard'].validate({ host: 'h', path: '/', port: '0', x: '1' });
    expect(result.issues?.map((issue) => issue.path?.[0] ?? issue.message)).toEqual(
      (resolveQuerySchema.safeParse({ host: 'h', path: '/', port: '0', x: '1' }).error?.issues ?? []).map(
        (issue) => issue.path[0] ?? issue.message,
      ),
    );
    expect(result.issues?.length).toBeGreaterThan(0);
  });
});
