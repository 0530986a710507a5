import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** What "the same request" means for a replay: method, path (with query) and the body's content. */
export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method}\n${path}\n${canonicalJson(body)}`)
    .digest('hex');
}
