import { parseDocument, stringify } from 'yaml';
import type { ServerSpec } from '#apache';
import { AppError } from '../platform/errors/app-error.js';

export const YAML_MEDIA_TYPE = 'application/yaml';

/** The YAML form of a spec: the same tree, keys in the JSON order, no anchors (a reader must not need them). */
export function specToYaml(spec: ServerSpec): string {
  return stringify(spec, { aliasDuplicateObjects: false, lineWidth: 0 });
}

/**
 * A YAML body as plain data. Aliases are refused outright (a "billion laughs" document expands them), and YAML's
 * own errors come back as a 400 naming the line.
 */
export function specBodyFromYaml(text: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const error = document.errors[0];
  if (error !== undefined) {
    const line = error.linePos?.[0]?.line;
    throw new AppError(
      'REQUEST_INVALID',
      `The YAML body is not valid${line === undefined ? '' : ` (line ${line})`}: ${error.message.split('\n')[0]}`,
    );
  }
  try {
    return document.toJS({ maxAliasCount: 0 }) as unknown;
  } catch (cause) {
    // toJS throws on the first alias (maxAliasCount 0): a client error, never a 500.
    throw new AppError('REQUEST_INVALID', 'The YAML body uses anchors and aliases; write the values out.', {
      cause,
    });
  }
}

/** True when the client prefers YAML (Accept names application/yaml before any JSON type). */
export function prefersYaml(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  const types = accept.split(',').map((t) => t.split(';')[0]!.trim().toLowerCase());
  const yaml = types.findIndex(
    (t) => t === YAML_MEDIA_TYPE || t === 'application/x-yaml' || t === 'text/yaml',
  );
  const json = types.findIndex((t) => t === 'application/json' || t === '*/*' || t === 'application/*');
  return yaml !== -1 && (json === -1 || yaml < json);
}
