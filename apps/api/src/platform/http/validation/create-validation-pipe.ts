import { StandardSchemaValidationPipe } from '@nestjs/common';
import { validationProblem } from './validation-problem.js';

/**
 * Nest's pipe deletes `__proto__`, `prototype` and `constructor` keys before validating, silently: an
 * unknown `constructor` field passed a strict schema, and an env var of that name vanished. Here
 * `__proto__` is refused before any code reads the body (platform/http/input), zod builds its output
 * afresh, and the other two are data like any other key: unknown fields to a strict schema, names in a map.
 */
class KeepEveryKeyValidationPipe extends StandardSchemaValidationPipe {
  protected override stripProtoKeys(): void {
    // Nothing is stripped (see above).
  }
}

/**
 * Nest 12 validates natively against any Standard Schema passed as `@Body({ schema })`; zod 4 is one.
 * We only replace its error so failures become our 400 problem with diagnostics and a field tree.
 */
export function createValidationPipe(): StandardSchemaValidationPipe {
  return new KeepEveryKeyValidationPipe({ exceptionFactory: (issues) => validationProblem(issues) });
}
