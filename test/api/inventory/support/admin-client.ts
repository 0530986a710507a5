import type { Test } from 'supertest';
import type { TestApp } from '#test-support/app/start-app.js';

/** Thin bearer-authenticated helpers over supertest, so scenario specs read like the HTTP they make. */
export interface ApiClient {
  get(path: string): Test;
  post(path: string, body: object): Test;
  patch(path: string, body: object): Test;
  put(path: string, body: object): Test;
  delete(path: string): Test;
}

export function apiClient(app: TestApp, token: string): ApiClient {
  const auth = (test: Test) => test.set('Authorization', `Bearer ${token}`);
  const url = (path: string) => `/api/v1${path}`;
  return {
    get: (path) => auth(app.http().get(url(path))),
    post: (path, body) => auth(app.http().post(url(path))).send(body),
    patch: (path, body) => auth(app.http().patch(url(path))).send(body),
    put: (path, body) => auth(app.http().put(url(path))).send(body),
    delete: (path) => auth(app.http().delete(url(path))),
  };
}
