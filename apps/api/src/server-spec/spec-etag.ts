import { createHash } from 'node:crypto';
import type { ServerSpec } from '#apache';

/**
 * A strong ETag per representation: the hash of the exported JSON text, with the media type folded in, so the JSON and
 * the YAML form of one state never share a tag. The JSON form's tag is the one If-Match compares.
 */
export function specEtag(spec: ServerSpec, mediaType: 'json' | 'yaml' = 'json'): string {
  const digest = createHash('sha256').update(JSON.stringify(spec)).digest('base64url').slice(0, 27);
  return mediaType === 'json' ? `"spec-${digest}"` : `"spec-${digest}-yaml"`;
}

/** If-Match holds when it lists the current tag (either representation's) or `*`. */
export function ifMatchHolds(ifMatch: string, spec: ServerSpec): boolean {
  const tags = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
  return tags.includes('*') || tags.includes(specEtag(spec, 'json')) || tags.includes(specEtag(spec, 'yaml'));
}
