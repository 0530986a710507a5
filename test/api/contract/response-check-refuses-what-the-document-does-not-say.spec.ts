import { describe, expect, it } from '@jest/globals';
import { type CheckedResponse, ResponseCheck } from '#test-support/contract/response-check.js';

const document = {
  openapi: '3.1.0',
  paths: {
    '/api/v1/things/{id}': {
      get: {
        responses: {
          '200': {
            description: 'ok',
            headers: { ETag: { $ref: '#/components/headers/ETag' } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          '304': { description: 'not modified' },
          default: { description: 'error', content: { 'application/problem+json': { schema: {} } } },
        },
      },
    },
    '/api/v1/things/live': { get: { responses: { '204': { description: 'none' } } } },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'count'],
        additionalProperties: false,
        properties: { id: { type: 'string' }, count: { type: 'integer', format: 'int64' } },
      },
      Problem: { type: 'object', required: ['type'] },
    },
    headers: { ETag: { schema: { type: 'string', pattern: '^(W/)?"' } } },
  },
};

const answer = (over: Partial<CheckedResponse> & { path?: string; method?: string }): CheckedResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8', etag: '"1"' },
  body: { id: 'a', count: 1 },
  text: '{"id":"a","count":1}',
  req: { method: over.method ?? 'GET', path: over.path ?? '/api/v1/things/a?x=1' },
  ...over,
});

describe('the e2e response check against the OpenAPI document', () => {
  const check = new ResponseCheck(document);

  it('accepts an answer the document describes', () => {
    expect(check.problems(answer({}))).toEqual([]);
    expect(check.problems(answer({ status: 304, body: {}, text: '', headers: { etag: '"1"' } }))).toEqual([]);
  });

  it('refuses an undeclared status, even with a default response', () => {
    expect(check.problems(answer({ status: 418 }))).toEqual([
      expect.stringContaining('status 418 is not declared'),
    ]);
  });

  it('refuses a body that does not match the schema', () => {
    const problems = check.problems(answer({ body: { id: 'a', count: 'one', extra: true } }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /count must be integer.*must NOT have additional properties|must NOT have additional properties.*count must be integer/,
    );
  });

  it('refuses an undeclared content type, and a body where none is declared', () => {
    expect(check.problems(answer({ headers: { 'content-type': 'text/plain' }, text: 'a' }))).toEqual([
      expect.stringContaining('content type text/plain is not declared'),
    ]);
    expect(check.problems(answer({ status: 304, text: 'x' }))).toEqual([expect.stringContaining('a body')]);
  });

  it('refuses a declared header whose value does not match its schema', () => {
    expect(check.problems(answer({ headers: { 'content-type': 'application/json', etag: 'nope' } }))).toEqual(
      [expect.stringContaining('header ETag')],
    );
  });

  it('matches a literal path before a templated one, and leaves undocumented paths alone', () => {
    expect(check.problems(answer({ path: '/api/v1/things/live', status: 204, text: '' }))).toEqual([]);
    expect(check.problems(answer({ path: '/docs', status: 418 }))).toEqual([]);
  });

  it('expects 405 for a method the path does not have', () => {
    expect(check.problems(answer({ method: 'DELETE', status: 404 }))).toEqual([
      expect.stringContaining('expected 405'),
    ]);
  });
});
