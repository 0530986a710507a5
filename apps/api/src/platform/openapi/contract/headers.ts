import type { HeaderObject, ParameterObject } from '@nestjs/swagger';

/** Visible ASCII, as the idempotency interceptor checks it. */
const VISIBLE_ASCII = '^[\\x21-\\x7e]{1,255}$';
/** An entity tag or a list of them (RFC 9110 §8.8.3), as far as a schema can say it. */
const ENTITY_TAGS = '^(\\*|(W/)?"[\\x21\\x23-\\x7e]*"(\\s*,\\s*(W/)?"[\\x21\\x23-\\x7e]*")*)$';
const ENTITY_TAG = '^(W/)?"[\\x21\\x23-\\x7e]*"$';

const text = (maxLength: number, pattern: string) => ({ type: 'string', maxLength, pattern }) as const;

/** Request headers the API reads, as reusable parameters (`#/components/parameters/<name>`). */
export const HEADER_PARAMETERS = {
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'Makes the POST safe to retry: the same key and body within 24 h replay the first successful answer ' +
      '(with Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused.',
    schema: text(255, VISIBLE_ASCII),
  },
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description: 'Only apply the change if the current ETag is one of these (or `*`); otherwise 412.',
    schema: text(1024, ENTITY_TAGS),
  },
  IfNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: 'Answer 304 without a body if the current ETag is one of these.',
    schema: text(1024, ENTITY_TAGS),
  },
} satisfies Record<string, ParameterObject>;

/** Response headers (`#/components/headers/<name>`). */
export const RESPONSE_HEADERS = {
  ETag: {
    description:
      'Validator of this representation; send it back in If-None-Match (or If-Match where accepted).',
    schema: text(256, ENTITY_TAG),
  },
  Location: {
    description: 'URL of the object just created (a path below the API base).',
    schema: { type: 'string', format: 'uri-reference', maxLength: 2048 },
  },
  RetryAfter: {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86400 },
  },
  RateLimit: {
    description:
      'Remaining quota of the policy that applies (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. ' +
      '`"login-username";r=4;t=600`.',
    schema: text(512, '^[\\x20-\\x7e]*$'),
  },
  RateLimitPolicy: {
    description: 'The quota policy (same draft), e.g. `"login-username";q=5;w=900`.',
    schema: text(512, '^[\\x20-\\x7e]*$'),
  },
  WWWAuthenticate: {
    description: 'The scheme to authenticate with: `Bearer`.',
    schema: { type: 'string', enum: ['Bearer'] },
  },
  // Keyed by its wire name: OWASP's CORS rule looks for this exact key in every headers map.
  'Access-Control-Allow-Origin': {
    description: 'The calling origin, when it is in CORS_ORIGINS; absent for any other origin',
    schema: { type: 'string', format: 'uri', maxLength: 2048 },
  },
  IdempotentReplayed: {
    description:
      '`true` when this answer is the stored answer of an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
} satisfies Record<string, HeaderObject>;

export type ResponseHeaderName = keyof typeof RESPONSE_HEADERS;
export type HeaderParameterName = keyof typeof HEADER_PARAMETERS;

export const headerRef = (name: ResponseHeaderName) => ({ $ref: `#/components/headers/${name}` });
export const parameterRef = (name: HeaderParameterName) => ({ $ref: `#/components/parameters/${name}` });

/** The wire names of the response headers. */
export const HEADER_WIRE_NAMES: Record<ResponseHeaderName, string> = {
  ETag: 'ETag',
  Location: 'Location',
  RetryAfter: 'Retry-After',
  RateLimit: 'RateLimit',
  RateLimitPolicy: 'RateLimit-Policy',
  WWWAuthenticate: 'WWW-Authenticate',
  IdempotentReplayed: 'Idempotent-Replayed',
  'Access-Control-Allow-Origin': 'Access-Control-Allow-Origin',
};
