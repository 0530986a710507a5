import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startApp, type TestApp } from '#test-support/app/start-app.js';

describe('operational endpoints: /health, /ready, /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers liveness outside /api/v1', async () => {
    const res = await t.http().get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
    await t.http().get('/api/v1/health').expect(404);
  });

  it('is ready on a reachable, fully migrated database', async () => {
    await t.http().get('/ready').expect(200, { status: 'ok' });
  });

  it('echoes a caller X-Request-Id and generates one otherwise', async () => {
    const echoed = await t.http().get('/health').set('X-Request-Id', 'trace-42');
    expect(echoed.headers['x-request-id']).toBe('trace-42');
    const generated = await t.http().get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(t.logs.find((l) => (l.req as { id?: string } | undefined)?.id === 'trace-42')).toBeDefined();
  });

  it('exposes Prometheus metrics with the request histogram labelled by route pattern', async () => {
    await t.http().get('/health').expect(200);
    await t.http().get('/api/v1/no-such-route').expect(404);
    const res = await t.http().get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toContain('process_cpu_user_seconds_total');
    expect(res.text).toMatch(
      /http_request_duration_seconds_count\{route="\/health",method="GET",status="200"\} [1-9]/,
    );
    expect(res.text).toMatch(
      /http_request_duration_seconds_count\{route="unmatched",method="GET",status="404"\} [1-9]/,
    );
  });

  it('is not ready (503 problem) while a migration is pending', async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>(
        'SELECT id FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1',
      );
      await client.query('DELETE FROM _prisma_migrations WHERE id = $1', [rows[0]?.id]);
      const res = await t.http().get('/ready').expect(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 503, title: 'Service not ready' });
      expect(res.body.pendingMigrations).toHaveLength(1);
    } finally {
      await client.end();
    }
  });
});
