import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../../errors/app-error.js';
import {
  hostileBodyValue,
  hostilePathSegment,
  hostileQueryValue,
  type HostileField,
} from './hostile-text.js';

const IN_WORDS: Record<HostileField['in'], string> = {
  path: 'Path segment',
  query: 'Query parameter',
  body: 'Body field',
};

/**
 * The one place control characters and `__proto__` keys are refused, for every route, before a guard,
 * a pipe or the database sees them (a NUL reached PostgreSQL and came back as a 500 on most routes).
 * Runs after the body parsers. Answers 400 request-invalid naming where the value was.
 */
export function inputGuardMiddleware() {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const found = hostilePath(req) ?? hostileQuery(req) ?? hostileBodyValue(req.body);
    next(found ? refusal(found, req.path) : undefined);
  };
}

/**
 * Node refuses raw control characters in the request target, so in the path and the query they can only
 * come percent-encoded: without a `%` (and without `__proto__` in the query) there is nothing to decode.
 * That keeps the hot read routes (resolve) from parsing their query once more.
 */
function hostilePath(req: Request): HostileField | undefined {
  return req.path.includes('%') ? hostilePathSegment(decodedSegments(req.path)) : undefined;
}

function hostileQuery(req: Request): HostileField | undefined {
  const start = req.url.indexOf('?');
  if (start < 0) return undefined;
  const raw = req.url.slice(start + 1);
  return raw.includes('%') || raw.includes('__proto__') ? hostileQueryValue(req.query) : undefined;
}

/** Path segments have no names before routing: say which one, and what comes before it. */
function describe(field: HostileField, path: string): string {
  if (field.in !== 'path') return field.pointer || '(the whole body)';
  const index = Number(field.pointer.slice(1));
  return `${index} (after ${path.split('/').slice(0, index).join('/')}/)`;
}

function decodedSegments(path: string): string[] {
  return path.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      // A malformed escape: Express's own parameter decoding answers it.
      return segment;
    }
  });
}

function refusal(field: HostileField, path: string): AppError {
  const where = `${IN_WORDS[field.in]} ${describe(field, path)}`;
  const message = `${where} ${field.reason}.`;
  return new AppError('REQUEST_INVALID', message, {
    diagnostics: [{ code: field.code, severity: 'error', path: field.pointer, message }],
    extensions: { field: { in: field.in, pointer: field.pointer } },
  });
}
