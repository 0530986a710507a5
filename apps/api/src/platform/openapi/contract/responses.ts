import type {
  HeaderObject,
  OpenAPIObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
} from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../../http/problem/problem-details.js';
import { HEADER_WIRE_NAMES, headerRef, parameterRef, type ResponseHeaderName } from './headers.js';
import { isSecured, operationsOf, type Operation } from './operations.js';

/**
 * What the server answers on every route, whatever the controller: declared here once, from what the
 * global machinery does (input guard and validation pipe → 400, bearer guard → 401, and 404 for an agent
 * token off its routes, idempotency interceptor → 409/422 on POST, body parser → 413, media-type check →
 * 415, per-credential rate limit → 429, filter → 500, Express's ETag → 304). Statuses particular to a
 * route stay on its controller's decorators.
 */
const GENERIC: Record<string, string> = {
  '304': 'Not modified: If-None-Match matched the current ETag; no body',
  '400':
    'The request does not match the schema (request-invalid): a wrong type, a missing or unknown field, a ' +
    'control character or a `__proto__` key; or the JSON is malformed (malformed-body)',
  '401': 'Missing, invalid, expired or revoked bearer credential (unauthenticated)',
  '404':
    'No such object, one the caller may not see, or a route an agent’s server-scoped token may not use (not-found)',
  '409': 'A request with this Idempotency-Key is still running (idempotency-key-in-use; see Retry-After)',
  '413': 'The body is larger than BODY_LIMIT (body-too-large)',
  '415': 'The body is not in a media type this operation takes (unsupported-media-type)',
  '422': 'This Idempotency-Key was already used with another request (idempotency-key-reused)',
  '429': 'Too many requests with this credential (too-many-requests): wait Retry-After seconds',
  '500': 'Unexpected error (about:blank): quote `errorId` when reporting it; it is in the server log',
};

export interface HandlerHeader {
  readonly name: string;
  readonly value: string;
}

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } };

export function withContractResponses(
  document: OpenAPIObject,
  handlerHeaders: ReadonlyMap<string, readonly HandlerHeader[]>,
): OpenAPIObject {
  for (const op of operationsOf(document)) {
    const { operation, method } = op;
    const responses = operation.responses;
    const secured = isSecured(op);
    const idempotent = secured && method === 'post';
    ensure(responses, '400');
    if (secured) ensure(responses, '401', '404');
    if (idempotent) ensure(responses, '409', '422');
    if (operation.requestBody) ensure(responses, '413', '415');
    ensure(responses, '429', '500');
    if (method === 'get') ensure(responses, '304');

    if (method === 'get') addParameter(op, parameterRef('IfNoneMatch'), 'If-None-Match');
    if (idempotent) addParameter(op, parameterRef('IdempotencyKey'), 'Idempotency-Key');
    if (responses['412']) addParameter(op, parameterRef('IfMatch'), 'If-Match');

    const fixed = handlerHeaders.get(operation.operationId ?? '') ?? [];
    for (const [status, response] of Object.entries(responses)) {
      if (!response || '$ref' in response) continue;
      dress(op, status, response, idempotent, fixed);
    }
  }
  return document;
}

function ensure(responses: Operation['operation']['responses'], ...statuses: string[]): void {
  for (const status of statuses) responses[status] ??= { description: GENERIC[status] ?? status };
}

function addParameter(op: Operation, parameter: ReferenceObject, wireName: string): void {
  const parameters = op.operation.parameters ?? [];
  // A handler reading the header with @Headers('x') already produced a bare one: the component replaces it.
  const others = parameters.filter(
    (p) =>
      '$ref' in p ||
      (p as ParameterObject).in !== 'header' ||
      (p as ParameterObject).name.toLowerCase() !== wireName.toLowerCase(),
  );
  op.operation.parameters = [...others, parameter];
}

/** Problem content on every error, and the headers each status carries. */
function dress(
  op: Operation,
  status: string,
  response: ResponseObject,
  idempotent: boolean,
  fixed: readonly HandlerHeader[],
): void {
  const names: ResponseHeaderName[] = [];
  const code = Number(status);
  const kind = Math.floor(code / 100);
  if (status === 'default' || code >= 400) response.content = problemContent;
  if (code === 304) delete response.content;
  // The rate limiter runs after the guard: the headers are on every answer that got that far.
  if (kind === 2 || kind === 4) names.push('RateLimit', 'RateLimitPolicy');
  if (code === 401) names.push('WWWAuthenticate');
  if (code === 429 || (code === 409 && idempotent)) names.push('RetryAfter');
  if ((code === 200 && op.method === 'get') || code === 304) names.push('ETag');
  if (code === 201) names.push('Location');
  if (idempotent && kind === 2) names.push('IdempotentReplayed');
  // CORS (CORS_ORIGINS): on every answer to an allowed origin, whatever its status.
  names.push('Access-Control-Allow-Origin');
  const headers: Record<string, HeaderObject | ReferenceObject> = { ...response.headers };
  for (const name of names) headers[HEADER_WIRE_NAMES[name]] = headerRef(name);
  // @Header() applies to the handler's successful answers only (errors go through the filter).
  if (kind === 2) {
    for (const { name, value } of fixed) {
      if (name.toLowerCase() === 'content-type') continue;
      headers[name] = {
        description: `Always \`${value}\``,
        required: true,
        schema: { type: 'string', enum: [value] },
      };
    }
  }
  response.headers = headers;
}
