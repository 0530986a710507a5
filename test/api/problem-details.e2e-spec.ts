import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Get } from '@nestjs/common';
import { Public } from '#api/auth/decorators/auth-policy.decorators.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';

@Controller('test-failures')
class FailingController {
  @Get('crash')
  @Public()
  crash(): never {
    throw new Error('secret internal detail: connection to 10.0.0.3 refused');
  }
}

const PROBLEM = /^application\/problem\+json/;

describe('every error is an RFC 9457 problem', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ env: { BODY_LIMIT: '2kb' }, controllers: [FailingController] });
  });
  afterAll(async () => {
    await t.close();
  });

  it('404 for an unknown route', async () => {
    const res = await t.http().get('/api/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      instance: '/api/v1/nothing-here',
    });
    expect(typeof res.body.detail).toBe('string');
  });

  it('400 with diagnostics and a field tree when the body does not match the schema', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ username: 7, role: 'admin' }).expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ type: 'urn:hostplane:problem:request-invalid', status: 400 });
    const errors = res.body.errors as { code: string; path: string; severity: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'INVALID_TYPE', path: '/username', severity: 'error' }),
        expect.objectContaining({ path: '/password' }),
        expect.objectContaining({ code: 'UNKNOWN_FIELD', path: '/role' }),
      ]),
    );
    expect(res.body.fields.properties.username.errors).toHaveLength(1);
    expect(res.body.fields.properties.role.errors).toEqual(['Unknown field']);
  });

  it('400 for malformed JSON and for a non-object JSON body (strict parser)', async () => {
    const malformed = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username":');
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toMatch(PROBLEM);
    const scalar = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('"admin"');
    expect(scalar.status).toBe(400);
    expect(scalar.headers['content-type']).toMatch(PROBLEM);
  });

  it('413 when the body exceeds BODY_LIMIT', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'a', password: 'x'.repeat(4096) });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ status: 413, title: 'Payload Too Large' });
  });

  it('500 with an errorId that is also in the log, without leaking the error message', async () => {
    const res = await t.http().get('/api/v1/test-failures/crash').expect(500);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(res.body)).not.toContain('10.0.0.3');
    const logged = t.logs.find((line) => line.errorId === res.body.errorId);
    expect(logged?.level).toBe(50);
    expect(JSON.stringify(logged)).toContain('10.0.0.3');
  });
});
