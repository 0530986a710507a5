import type { Diagnostic } from '../model/diagnostic.js';

/** render() only writes models that validate without errors; this carries the reasons it refused. */
export class RenderRefusedError extends Error {
  override readonly name = 'RenderRefusedError';
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `Refusing to render a model with ${errors.length} error(s): ` +
        errors
          .slice(0, 3)
          .map((d) => `${d.path}: ${d.message}`)
          .join('; '),
    );
  }
}
