/**
 * r->uri as Apache 2.4 builds it from the request-target: query cut off, %XX decoded (an encoded `/` or NUL
 * is refused, AllowEncodedSlashes Off), `.`/`..` segments removed and `//` merged (MergeSlashes On).
 * This is the path aliases match against and what %{REQUEST_URI} gives mod_rewrite.
 */
export type RequestUri = { ok: true; uri: string } | { ok: false; reason: string };

const HEX = /^[0-9A-Fa-f]{2}$/;

function percentDecode(path: string): RequestUri {
  if (!path.includes('%')) return { ok: true, uri: path };
  const bytes: number[] = [];
  for (let i = 0; i < path.length; i++) {
    const ch = path.charCodeAt(i);
    if (ch === 0x25) {
      const hex = path.slice(i + 1, i + 3);
      if (!HEX.test(hex))
        return { ok: false, reason: `bad escape '%${hex}' (Apache answers 400 Bad Request)` };
      const byte = parseInt(hex, 16);
      if (byte === 0x2f)
        return { ok: false, reason: "encoded '/' in the path (AllowEncodedSlashes Off: 404)" };
      if (byte === 0) return { ok: false, reason: 'encoded NUL in the path (Apache answers 404)' };
      bytes.push(byte);
      i += 2;
    } else {
      for (const b of Buffer.from(path[i] as string, 'utf8')) bytes.push(b);
    }
  }
  return { ok: true, uri: new TextDecoder('utf-8').decode(Uint8Array.from(bytes)) };
}

/** ap_normalize_path with MERGE_SLASHES: false when `..` climbs above the root (Apache: 400). */
function removeDotSegments(path: string): string | null {
  const out: string[] = [];
  const segments = path.split('/');
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i] as string;
    const last = i === segments.length - 1;
    if (segment === '.' || (segment === '' && !last)) {
      if (last) out.push('');
      continue;
    }
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
      if (last) out.push('');
      continue;
    }
    out.push(segment);
  }
  return `/${out.join('/')}`;
}

export function requestUri(target: string): RequestUri {
  const cut = target.search(/[?#]/);
  const path = cut === -1 ? target : target.slice(0, cut);
  if (!path.startsWith('/'))
    return { ok: false, reason: `'${path}' does not start with '/' (Apache answers 400)` };
  const decoded = percentDecode(path);
  if (!decoded.ok) return decoded;
  const normal = removeDotSegments(decoded.uri);
  if (normal === null) return { ok: false, reason: "'..' climbs above the root (Apache answers 400)" };
  return { ok: true, uri: normal };
}
