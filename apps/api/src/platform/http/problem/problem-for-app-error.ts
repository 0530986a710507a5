import { AppError } from '../../errors/app-error.js';
import { assertUnreachable } from '../../errors/assert-unreachable.js';
import { problemType, type ProblemDetails } from './problem-details.js';

type ProblemHead = Pick<ProblemDetails, 'type' | 'title' | 'status'>;

/**
 * 400 vs 422: a request that does not match the endpoint's schema (wrong type, missing or unknown
 * field, unparsable JSON) is 400 REQUEST_INVALID; a well-formed request whose *meaning* is refused —
 * the Apache engine's diagnostics on the model as it would be after the write — is 422 MODEL_INVALID.
 * Clients can then tell "fix your client" from "fix your configuration".
 */
function headFor(code: AppError['code']): ProblemHead {
  switch (code) {
    case 'REQUEST_INVALID':
      return { type: problemType('request-invalid'), title: 'The request is invalid', status: 400 };
    case 'MODEL_INVALID':
      return {
        type: problemType('model-invalid'),
        title: 'The change would make the configuration invalid',
        status: 422,
      };
    case 'INVALID_CREDENTIALS':
      return { type: problemType('invalid-credentials'), title: 'Invalid credentials', status: 401 };
    case 'UNAUTHENTICATED':
      return { type: problemType('unauthenticated'), title: 'Authentication required', status: 401 };
    case 'FORBIDDEN':
      return { type: problemType('forbidden'), title: 'Forbidden', status: 403 };
    case 'NOT_FOUND':
      return { type: problemType('not-found'), title: 'Not found', status: 404 };
    case 'CONFLICT':
      return { type: problemType('conflict'), title: 'Conflict', status: 409 };
    case 'PRECONDITION_FAILED':
      return { type: problemType('precondition-failed'), title: 'Precondition failed', status: 412 };
    case 'NOT_READY':
      return { type: problemType('not-ready'), title: 'Service not ready', status: 503 };
    case 'TOO_MANY_REQUESTS':
      return { type: problemType('too-many-requests'), title: 'Too many requests', status: 429 };
    case 'IDEMPOTENCY_KEY_REUSED':
      return {
        type: problemType('idempotency-key-reused'),
        title: 'Idempotency-Key already used with another request',
        status: 422,
      };
    case 'IDEMPOTENCY_KEY_IN_USE':
      return {
        type: problemType('idempotency-key-in-use'),
        title: 'A request with this Idempotency-Key is still in progress',
        status: 409,
      };
    case 'APACHE_REFUSED':
      return {
        type: problemType('apache-refused'),
        title: 'Apache refused the configuration; the live configuration is unchanged',
        status: 422,
      };
    case 'PREFLIGHT_REFUSED':
      return {
        type: problemType('preflight-refused'),
        title:
          'The preflight on the web server refused the configuration; the live configuration is unchanged',
        status: 422,
      };
    case 'APPLY_FAILED':
      return {
        type: problemType('apply-failed'),
        title: 'The web server failed to take the configuration; the previous one was restored',
        status: 502,
      };
    case 'PASSWORD_REJECTED':
      return {
        type: problemType('password-rejected'),
        title: 'The password does not meet the password policy',
        status: 422,
      };
    default:
      return assertUnreachable(code);
  }
}

export function problemForAppError(error: AppError): ProblemDetails {
  return {
    ...error.extensions,
    ...headFor(error.code),
    detail: error.message,
    ...(error.diagnostics ? { errors: error.diagnostics } : {}),
  };
}
