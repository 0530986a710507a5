import { z } from 'zod';

/**
 * Every request body schema is built with this: unknown fields are rejected, never silently dropped
 * (style.md habit 6). A typo in an optional field name must be an error, not a no-op.
 */
export function dto<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape);
}
