import { posix } from 'node:path';
import type { PublicationHead } from './publication.repository.js';
import type { DriftFinding } from '#deploy';
import { AppError } from '../platform/errors/app-error.js';
import type { ApiDiagnostic } from '../platform/errors/diagnostic.js';
import { modelInvalidError } from '../model-store/model-invalid.error.js';

export function serverNotFound(serverId: string): AppError {
  return new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
}

export function publicationNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Publication ${id} does not exist.`);
}

export function publishRefusedByValidation(diagnostics: readonly ApiDiagnostic[]): AppError {
  return modelInvalidError(diagnostics);
}

/** 409 listing the hand-edited files; nothing was stored or written. */
export function handEditedError(findings: readonly DriftFinding[]): AppError {
  const paths = findings.map((f) => f.target);
  return new AppError(
    'CONFLICT',
    `Files on the web server were changed by hand since the live revision: ${paths.join(', ')}. Publish with force to overwrite them.`,
    { extensions: { drift: findings, paths } },
  );
}

/**
 * The revision is stored (failed or rolled_back, for the record) and the live files are the previous ones.
 * Configtest and preflight refusals are the configuration's fault (422, each worded as what refused it);
 * a failed reload or probe is the server's (502).
 */
export function applyFailedError(
  row: PublicationHead,
  diagnostics: readonly ApiDiagnostic[],
  step: string,
): AppError {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const publication = { id: row.id, revision: row.revision, status: row.status };
  const first = errors[0]?.message ?? 'apply failed';
  if (step === 'preflight') {
    return new AppError('PREFLIGHT_REFUSED', `Revision ${row.revision} was not published. ${first}`, {
      diagnostics: errors,
      extensions: { publication },
    });
  }
  if (step === 'configtest') {
    return new AppError('APACHE_REFUSED', `Revision ${row.revision} was not published. ${first}`, {
      diagnostics: errors,
      extensions: { publication },
    });
  }
  return new AppError('APPLY_FAILED', `Revision ${row.revision} did not go live. ${first}`, {
    diagnostics: errors,
    extensions: { publication },
  });
}

/**
 * 409 naming the directory: an .htaccess directory on the web server is a symlink (or has one above it),
 * so nothing was written there and nothing was stored. Attributed to the model's directory when known.
 */
export function unsafeDirectoryError(
  error: { renderedPath: string; component: string; reason: string },
  directories: readonly { id: string; path: string }[],
): AppError {
  const directoryPath = posix.dirname(error.renderedPath);
  const directory = directories.find((d) => trimSlash(d.path) === directoryPath);
  const message = `The directory ${directoryPath} on the web server is not a plain directory (${error.component} is ${error.reason === 'symlink' ? 'a symbolic link' : error.reason}); the publisher refuses to write through it. Replace it with a real directory and publish again.`;
  return new AppError('CONFLICT', message, {
    diagnostics: [
      {
        code: 'DIRECTORY_NOT_SAFE_ON_DISK',
        severity: 'error',
        path: directory === undefined ? '/server' : `/directories/${directory.id}`,
        message,
      },
    ],
    extensions: { directory: directoryPath, component: error.component, reason: error.reason },
  });
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
