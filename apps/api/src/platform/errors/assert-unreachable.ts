/** Compile-time exhaustiveness: a new case that is not handled makes the call site fail to type-check. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
