import { StandardSchemaValidationPipe } from '@nestjs/common';
import { validationProblem } from './validation-problem.js';

/**
 * Nest 12 validates natively against any Standard Schema passed as `@Body({ schema })`; zod 4 is one.
 * We only replace its error so failures become our 400 problem with diagnostics and a field tree.
 */
export function createValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({ exceptionFactory: (issues) => validationProblem(issues) });
}
