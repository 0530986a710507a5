import { hasErrors, render, renderDigest, RenderRefusedError, validate, type ServerModel } from '#apache';
import type { ApiDiagnostic } from '../common/errors/diagnostic.js';
import type { StoredFile } from './stored-file.js';

export interface Candidate {
  /** null when validate() or the renderer refused the model. */
  files: StoredFile[] | null;
  digest: string | null;
  diagnostics: ApiDiagnostic[];
}

/** validate() then render(): errors stop here, before anything is stored or touched. */
export function renderCandidate(model: ServerModel): Candidate {
  const diagnostics: ApiDiagnostic[] = validate(model);
  if (hasErrors(diagnostics)) return { files: null, digest: null, diagnostics };
  try {
    const files = render(model).map(({ path, content, sha256 }) => ({ path, content, sha256 }));
    return { files, digest: renderDigest(files), diagnostics };
  } catch (error) {
    if (error instanceof RenderRefusedError) {
      return { files: null, digest: null, diagnostics: [...diagnostics, ...error.diagnostics] };
    }
    throw error;
  }
}
