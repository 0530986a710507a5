import type { Server } from 'node:http';
import request from 'supertest';
import { type CheckedResponse, ResponseCheck } from './response-check.js';

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

let shared: ResponseCheck | undefined;
/** One compiled document per test file (Ajv caches its validators). */
const check = () => (shared ??= ResponseCheck.fromCommittedDocument());

/**
 * supertest on the app, with every answer checked against docs/openapi.json: a mismatch (an undeclared
 * status, media type or header value, a body not matching its schema) fails the request like a failed
 * `.expect()`, so the document cannot drift from the server unnoticed.
 */
export function checkedHttp(server: Server | ((...args: never[]) => unknown)): ReturnType<typeof request> {
  const agent = request(server as Server);
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !METHODS.has(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => request.Test).apply(target, args).expect((res) => {
          const problems = check().problems(res as unknown as CheckedResponse);
          if (problems.length > 0) {
            throw new Error(`The answer does not match docs/openapi.json:\n- ${problems.join('\n- ')}`);
          }
        });
    },
  });
}
