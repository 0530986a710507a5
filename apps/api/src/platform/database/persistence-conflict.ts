import { Prisma } from '#db';
import { AppError } from '../errors/app-error.js';

/**
 * A unique or foreign-key violation that got past the checks made under the server lock (two writers on
 * different servers racing for a global unique name, a tenant deleted meanwhile) is a 409, never a 500.
 */
export function asPersistenceConflict(error: unknown): unknown {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  if (error.code === 'P2002') {
    const target = describeTarget(error.meta);
    return new AppError('CONFLICT', `Another object already uses this ${target}.`, { cause: error });
  }
  if (error.code === 'P2003') {
    return new AppError('CONFLICT', 'The object is still referenced, or references something that is gone.', {
      cause: error,
    });
  }
  return error;
}

function describeTarget(meta: Record<string, unknown> | undefined): string {
  const target = meta?.target;
  if (Array.isArray(target)) return `value of ${target.join(', ')}`;
  if (typeof target === 'string') return `value (${target})`;
  return 'unique value';
}
