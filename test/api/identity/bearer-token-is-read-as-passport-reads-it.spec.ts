/**
 * The guard reads the bearer token itself (then calls the one strategy the prefix names) instead of
 * running passport's strategy chain. Differential check: for every request shape, it finds the token
 * passport-http-bearer would hand to the strategies, and nothing where passport would fail.
 */
import { describe, expect, it } from '@jest/globals';
import { Strategy } from 'passport-http-bearer';
import { bearerToken, type BearerSource } from '#api/auth/bearer-token.js';

/** What passport-http-bearer passes to the verify callback for this request, or null when it fails. */
function passportToken(req: BearerSource): string | null {
  let seen: string | null = null;
  const strategy = new Strategy<
    (token: string, done: (error: null, user: { token: string }) => void) => void
  >((token, done) => done(null, { token }));
  // passport's actions, which passport.authenticate would install on the strategy.
  const actions = strategy as unknown as {
    success: (user: { token: string }) => void;
    fail: () => void;
    error: (error: unknown) => void;
  };
  actions.success = (user) => {
    seen = user.token;
  };
  actions.fail = () => {
    seen = null;
  };
  actions.error = (error) => {
    throw error;
  };
  strategy.authenticate(req as never);
  return seen;
}

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2ln';
const HPT = `hpt_${'a'.repeat(32)}_${'b'.repeat(43)}`;

const cases: [string, BearerSource][] = [
  ['a JWT in the header', { headers: { authorization: `Bearer ${JWT}` } }],
  ['an API token in the header', { headers: { authorization: `Bearer ${HPT}` } }],
  ['the scheme in another case', { headers: { authorization: `bEaReR ${JWT}` } }],
  ['another scheme', { headers: { authorization: `Basic ${JWT}` } }],
  ['no header', { headers: {} }],
  ['an empty header', { headers: { authorization: '' } }],
  ['a scheme without token', { headers: { authorization: 'Bearer' } }],
  ['a scheme and an empty token', { headers: { authorization: 'Bearer ' } }],
  ['two spaces', { headers: { authorization: `Bearer  ${JWT}` } }],
  ['three parts', { headers: { authorization: `Bearer ${JWT} extra` } }],
];

type WithOtherPlaces = BearerSource & { query?: unknown; body?: unknown };

describe('bearerToken', () => {
  it.each(cases)('reads %s as passport-http-bearer does', (_what, req) => {
    expect(bearerToken(req)).toBe(passportToken(req));
  });

  // Issue 9, finding 1: RFC 6750's query and body places are refused (query strings end up in logs).
  it.each<[string, WithOtherPlaces]>([
    ['a query token', { headers: {}, query: { access_token: JWT } }],
    ['a body token', { headers: {}, body: { access_token: HPT } }],
    [
      'another scheme and a query token',
      { headers: { authorization: 'Basic x' }, query: { access_token: JWT } },
    ],
  ])('never reads %s', (_what, req) => {
    expect(passportToken(req)).not.toBeNull();
    expect(bearerToken(req)).toBeNull();
  });

  it('reads the header and nothing else when a query token is there too', () => {
    const req: WithOtherPlaces = {
      headers: { authorization: `Bearer ${JWT}` },
      query: { access_token: HPT },
    };
    expect(bearerToken(req)).toBe(JWT);
  });
});
