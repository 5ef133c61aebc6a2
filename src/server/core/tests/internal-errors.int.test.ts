import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../../app.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db.js';
import { AppError, registerErrorHandling } from '../errors.js';
import type { AppInstance } from '../http.js';
import { ensureRootScope } from '../../modules/identity/identity.repository.js';
import { createTestDatabase } from '../../testing/test-database.js';

/** Built by hand, because routes can only be added before the app is ready. */
let app: AppInstance;
let database: Database;

const SECRET = 'geheim-7f3a: password=hunter2 at /srv/strang/src/server/secret.ts:42';

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureRootScope(database.db);
  const config = loadConfig({ STRANG_DATA_DIR: 'memory://', STRANG_WEB_DIR: './dist/web' });
  app = await buildApp({ config, database, logger: false });
  app.get('/api/test/throws', async () => {
    throw new Error(SECRET);
  });
  app.get('/api/test/throws-later', async () => {
    await new Promise((r) => setTimeout(r, 1));
    throw new TypeError(SECRET);
  });
  app.get('/api/test/throws-a-string', async () => {
    throw SECRET;
  });
  app.get('/api/test/database', async () => {
    await database.db.execute(sql.raw(`select * from geheime_tabelle where kennwort = 'hunter2'`));
    return null;
  });
  app.get('/api/test/wrong-response', { schema: { response: { 200: z.object({ ok: z.literal(true) }) } } }, async () => ({ ok: SECRET }) as never);
  app.get('/api/test/client-error', async () => {
    throw Object.assign(new Error(SECRET), { statusCode: 418 });
  });
  app.get('/api/test/app-error', async () => {
    throw new AppError(422, 'test_refused', 'Das geht so nicht.', [{ field: 'x', message: 'Feld x ist falsch.' }]);
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

function expectNoLeak(body: string) {
  expect(body).not.toContain('geheim');
  expect(body).not.toContain('hunter2');
  expect(body).not.toMatch(/\/srv\/|\.ts:\d+|at \w+ \(|stack|select|TypeError|Error:/i);
}

describe('internal errors', () => {
  it.each(['/api/test/throws', '/api/test/throws-later', '/api/test/throws-a-string', '/api/test/database', '/api/test/wrong-response'])(
    '%s answers 500 with a German problem and nothing internal',
    async (url) => {
      const res = await app.inject({ method: 'GET', url, headers: { 'x-request-id': 'fehler-test-0001' } });
      expect(res.statusCode).toBe(500);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const body = res.json();
      expect(body).toMatchObject({ status: 500, code: 'internal_error', title: 'Interner Fehler', requestId: 'fehler-test-0001' });
      expect(body.detail).toMatch(/^Ein interner Fehler ist aufgetreten\./);
      expect(Object.keys(body).sort()).toEqual(['code', 'detail', 'requestId', 'status', 'title', 'type']);
      expectNoLeak(res.body);
    },
  );

  it('answers an unexpected client error with a generic German problem', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/client-error' });
    expect(res.statusCode).toBe(418);
    expect(res.json()).toMatchObject({ code: 'bad_request', detail: 'Die Anfrage ist ungültig.' });
    expectNoLeak(res.body);
  });

  it('passes a typed error through with its code, message and fields', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/app-error' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'test_refused', detail: 'Das geht so nicht.', errors: [{ field: 'x', message: 'Feld x ist falsch.' }] });
  });

  it('keeps serving after internal errors', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('the log of an internal error', () => {
  it('keeps the values of a failed database query out of the log', async () => {
    const lines: string[] = [];
    const logged = Fastify({ logger: { level: 'error', stream: { write: (line: string) => void lines.push(line) } } });
    registerErrorHandling(logged);
    logged.get('/api/test/query', async () => {
      await database.db.execute(sql`select * from users where id = ${'anna.schmidt@example.org'}`);
      return null;
    });
    await logged.ready();
    try {
      const res = await logged.inject({ method: 'GET', url: '/api/test/query' });
      expect(res.statusCode).toBe(500);
      expectNoLeak(res.body.replace(/select/gi, ''));
      const log = lines.join('\n');
      expect(log).toContain('unhandled error');
      expect(log).toContain('22P02');
      expect(log).toContain('select * from users where id = $1');
      expect(log).not.toContain('anna.schmidt');
    } finally {
      await logged.close();
    }
  });
});
