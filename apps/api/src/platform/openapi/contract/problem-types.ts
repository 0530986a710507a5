/** Plain HTTP errors with no more specific meaning (RFC 9457 §4.2.1), e.g. an unknown route or a 500. */
export const ABOUT_BLANK = 'about:blank';

export interface ProblemTypeDoc {
  /** The last part of `urn:hostplane:problem:<slug>`, and the page docs/problems/<slug>.md. */
  readonly slug: string;
  readonly status: number;
  readonly title: string;
}

/**
 * Every problem type the API answers with, besides about:blank. A spec compares this list with the
 * `problemType('…')` calls in apps/api/src and with docs/problems/, so neither can drift from the code.
 */
export const PROBLEM_TYPES: readonly ProblemTypeDoc[] = [
  { slug: 'request-invalid', status: 400, title: 'The request is invalid' },
  { slug: 'malformed-body', status: 400, title: 'The body is not well-formed JSON' },
  { slug: 'invalid-credentials', status: 401, title: 'Invalid credentials' },
  { slug: 'unauthenticated', status: 401, title: 'Authentication required' },
  { slug: 'forbidden', status: 403, title: 'Forbidden' },
  { slug: 'not-found', status: 404, title: 'Not found' },
  { slug: 'method-not-allowed', status: 405, title: 'Method not allowed' },
  { slug: 'conflict', status: 409, title: 'Conflict' },
  {
    slug: 'idempotency-key-in-use',
    status: 409,
    title: 'A request with this Idempotency-Key is still in progress',
  },
  { slug: 'precondition-failed', status: 412, title: 'Precondition failed' },
  { slug: 'body-too-large', status: 413, title: 'Payload Too Large' },
  { slug: 'unsupported-media-type', status: 415, title: 'Unsupported media type' },
  { slug: 'model-invalid', status: 422, title: 'The change would make the configuration invalid' },
  { slug: 'idempotency-key-reused', status: 422, title: 'Idempotency-Key already used with another request' },
  {
    slug: 'apache-refused',
    status: 422,
    title: 'Apache refused the configuration; the live configuration is unchanged',
  },
  {
    slug: 'preflight-refused',
    status: 422,
    title: 'The preflight on the web server refused the configuration; the live configuration is unchanged',
  },
  { slug: 'password-rejected', status: 422, title: 'The password does not meet the password policy' },
  { slug: 'too-many-requests', status: 429, title: 'Too many requests' },
  {
    slug: 'apply-failed',
    status: 502,
    title: 'The web server failed to take the configuration; the previous one was restored',
  },
  { slug: 'not-ready', status: 503, title: 'Service not ready' },
];

export const PROBLEM_TYPE_PREFIX = 'urn:hostplane:problem:';

/** The `type` values of the document's Problem schema. */
export const PROBLEM_TYPE_URIS: readonly string[] = [
  ...PROBLEM_TYPES.map(({ slug }) => `${PROBLEM_TYPE_PREFIX}${slug}`),
  ABOUT_BLANK,
];

/** Where each type is explained, relative to docs/openapi.json. */
export const problemPage = (slug: string) => `problems/${slug}.md`;
