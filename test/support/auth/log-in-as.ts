import type request from 'supertest';

/** Anything that answers HTTP like the API: a TestApp, a replica, a listening API. */
export interface HttpTarget {
  http(): ReturnType<typeof request>;
}

/** Logs in through POST /auth/login, as a client would, and returns the access token. */
export async function logInAs<User extends { readonly username: string; readonly password: string }>(
  target: HttpTarget,
  user: User,
): Promise<string> {
  const res = await target
    .http()
    .post('/api/v1/auth/login')
    .send({ username: user.username, password: user.password });
  if (res.status !== 200) throw new Error(`login as ${user.username} failed: ${res.status} ${res.text}`);
  return (res.body as { accessToken: string }).accessToken;
}
