import type { Response } from 'express';

/**
 * Adds one policy to the RateLimit and RateLimit-Policy fields of draft-ietf-httpapi-ratelimit-headers
 * (structured-field lists: `"<policy>";q=<quota>;w=<window s>` and `"<policy>";r=<remaining>;t=<seconds to
 * reset>`), the form express-rate-limit calls draft-8. Appended, not replaced: POST /auth/login answers
 * with both its login policy and the per-credential one.
 */
export function addRateLimitHeaders(
  res: Response,
  policy: { readonly name: string; readonly quota: number; readonly windowSeconds: number },
  remaining: number,
  resetSeconds: number,
): void {
  const reset = Math.max(0, Math.ceil(resetSeconds));
  append(res, 'RateLimit-Policy', `"${policy.name}";q=${policy.quota};w=${policy.windowSeconds}`);
  append(res, 'RateLimit', `"${policy.name}";r=${Math.max(0, remaining)};t=${reset}`);
}

function append(res: Response, name: string, item: string): void {
  const current = res.getHeader(name);
  res.setHeader(name, typeof current === 'string' && current !== '' ? `${current}, ${item}` : item);
}
