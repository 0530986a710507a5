import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';

// Issue 9, finding 7: the policy was length only (twelve spaces, the username, control characters passed).
describe('password policy', () => {
  let t: TestApp;
  let token: string;
  const createUser = (username: string, password: string) =>
    t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${token}`)
      .send({ username, password, role: 'admin' });
  beforeAll(async () => {
    t = await startApp();
    token = await logInAs(t, await seedUser(t.app, 'alice', 'admin'));
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['twelve spaces', 'spaces', ' '.repeat(12), 'PASSWORD_BLANK'],
    ['the username itself', 'longusername', 'LongUserName', 'PASSWORD_IS_USERNAME'],
    ['a tab', 'tabbed', 'correct\thorse-battery', 'PASSWORD_CONTROL_CHARACTER'],
    ['a common password', 'common', 'password1234', 'PASSWORD_TOO_GUESSABLE'],
    ['a keyboard walk', 'walker', 'qwertyuiop12', 'PASSWORD_TOO_GUESSABLE'],
    ['a repeat of the username', 'bob', 'bobbobbobbob', 'PASSWORD_TOO_GUESSABLE'],
  ])('refuses %s with 422 naming the rule', async (_what, username, password, rule) => {
    const res = await createUser(username, password).expect(422);
    expect(res.body).toMatchObject({
      type: 'urn:hostplane:problem:password-rejected',
      status: 422,
      errors: [expect.objectContaining({ code: rule, path: '/password', severity: 'error' })],
    });
    // Nothing was created.
    await t
      .http()
      .get(`/api/v1/users?username=${username}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200, { items: [], nextCursor: null });
  });

  it('accepts the passwords the suites use', async () => {
    await createUser('bob', 'bob-password-123').expect(201);
    await createUser('dave', 'dave-new-password-456').expect(201);
  });

  it('applies to a password change too', async () => {
    const carol = await createUser('carol', 'carol-password-123').expect(201);
    const res = await t
      .http()
      .patch(`/api/v1/users/${carol.body.id as string}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ password: 'carolcarolcarol' })
      .expect(422);
    expect(res.body.errors[0].code).toBe('PASSWORD_TOO_GUESSABLE');
  });
});
