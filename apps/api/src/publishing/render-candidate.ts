import { hasErrors, renderDigest, renderValidated, RenderRefusedError } from '#apache';
import type { ApiDiagnostic } from '../platform/errors/diagnostic.js';
import type { CachedModel } from '../model-cache/cached-model.js';
import { validateSince } from './incremental-validation.js';
import type { RenderMemo } from './render-memo.js';
import type { PublishTimer } from './publish-timer.js';
import type { StoredFile } from './stored-file.js';

export interface Candidate {
  /** null when validate() or the renderer refused the model. */
  files: StoredFile[] | null;
  digest: string | null;
  diagnostics: ApiDiagnostic[];
}

/**
 * One validation — the cached model's (computed once per model revision, shared with GET /validation), or,
 * after a rules-only change, the previous one with the changed directories re-checked — then
 * renderValidated() without a second validation, patching the previous rendering of this server when only
 * .htaccess rules changed since. Errors stop here, before anything is stored or touched.
 */
export function renderCandidate(cached: CachedModel, memo: RenderMemo, timer?: PublishTimer): Candidate {
  const previous = memo.get(cached.serverId);
  const diagnostics: ApiDiagnostic[] = validateSince(previous, cached);
  timer?.mark('validate');
  if (hasErrors(diagnostics)) return { files: null, digest: null, diagnostics };
  try {
    const files = renderValidated(cached.model, diagnostics, {
      index: cached.index,
      ...(previous !== undefined ? { previous } : {}),
    });
    memo.set(cached.serverId, { model: cached.model, files, diagnostics });
    const digest = renderDigest(files);
    timer?.mark('render');
    return { files, digest, diagnostics };
  } catch (error) {
    if (error instanceof RenderRefusedError) {
      return { files: null, digest: null, diagnostics: [...diagnostics, ...error.diagnostics] };
    }
    throw error;
  }
}
