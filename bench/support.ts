/**
 * What the HTTP benchmarks share: the databases they run on (PGlite in a fresh data directory,
 * PostgreSQL in a fresh database next to a given server), the real app on a local port with a
 * signed-in session, and the autocannon warm-up and measurement.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Options, type Result } from 'autocannon';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { SESSION_COOKIE } from '../src/server/core/auth-plugin.js';
import { loadConfig, type Config } from '../src/server/core/config.js';
import type { Database, Db } from '../src/server/core/db.js';
import type { AppInstance } from '../src/server/core/http.js';
import { bundledSchoolFile } from '../src/server/modules/directory/index.js';
import { importSchools } from '../src/server/modules/directory/use-cases/import-schools.js';
import { prepareDatabase } from '../src/server/runtime.js';
import { TEST_PASSWORD } from '../src/server/testing/factories.js';

export const HOST = '127.0.0.1';
export const WARMUP_SECONDS = 2;

/** A whole number ≥ 1 from the environment (e.g. BENCH_SECONDS), or the fallback when unset. */
export function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, got ${JSON.stringify(raw)}`);
  return n;
}

/** Deterministic pseudo-random numbers (Park–Miller), so every run and both databases get the same data. */
export function random(seed: number) {
  let s = seed;
  return () => (s = (s * 16_807) % 2_147_483_647) / 2_147_483_647;
}

/** Inserts the rows `size` at a time (one statement per part). */
export async function insertChunked(db: Db, table: PgTable, rows: object[], size = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await db.insert(table).values(rows.slice(i, i + size) as never);
}

async function onDatabase<T>(config: Config, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await prepareDatabase(config);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** `work` on a migrated PGlite database in a fresh data directory, removed afterwards. */
export async function onPglite<T>(tmpPrefix: string, work: (database: Database) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
  try {
    return await onDatabase(loadConfig({ STRANG_DATA_DIR: dir }), work);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function withAdmin<T>(baseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The pool's promise resolves before its connections are gone; dropping the database while they
 * are still open would terminate them and the pool would raise an unhandled error. So wait first.
 */
async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  await withAdmin(baseUrl, async (client) => {
    for (let i = 0; i < 100; i++) {
      const res = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if (res.rows[0]?.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

/**
 * `work` on a migrated, fresh database next to `baseUrl`, dropped afterwards. When the server cannot
 * be reached or refuses to create the database, `onSkip` learns why and `work` does not run.
 */
export async function onFreshPostgres<T>(
  baseUrl: string,
  work: (database: Database) => Promise<T>,
  onSkip: (err: Error) => void = () => console.log('  PostgreSQL not reachable, skipped'),
): Promise<T | undefined> {
  const name = `strang_bench_${randomBytes(6).toString('hex')}`;
  try {
    await withAdmin(baseUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  } catch (err) {
    onSkip(err as Error);
    return undefined;
  }
  try {
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return await onDatabase(loadConfig({ DATABASE_URL: url.toString() }), work);
  } finally {
    await dropDatabase(baseUrl, name);
  }
}

/** Listens on a random port of HOST; returns the base URL. */
export async function listenLocal(app: FastifyInstance | AppInstance): Promise<string> {
  await app.listen({ host: HOST, port: 0 });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('server is not listening on a TCP port');
  return `http://${HOST}:${address.port}`;
}

/** Strang's real app on `database`, listening on a random local port. */
export async function serveApp(database: Database): Promise<{ app: AppInstance; base: string }> {
  const config = loadConfig({ STRANG_DATA_DIR: 'memory://', LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, database, logger: false });
  try {
    return { app, base: await listenLocal(app) };
  } catch (err) {
    await app.close();
    throw err;
  }
}

/** Signs in (password TEST_PASSWORD) through the real login endpoint: the `strang_session=…` cookie pair and the CSRF token. */
export async function logIn(baseUrl: string, email: string): Promise<{ cookie: string; csrfToken: string }> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (res.status !== 200 || !cookie) throw new Error(`login failed with ${res.status}: ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** The bundled NRW school list (5,407 schools, 396 municipalities), imported as `strang import-schools` does; prints the time. */
export async function importNrwSchools(kind: string, db: Db): Promise<void> {
  const started = Date.now();
  const report = await importSchools(db, { content: fs.readFileSync(bundledSchoolFile, 'utf8'), actor: null });
  if (!report.ok) throw new Error('import failed');
  console.log(`  ${kind}: import of ${report.rows.toLocaleString('de-DE')} schools took ${Date.now() - started} ms`);
}

/** autocannon for WARMUP_SECONDS (not reported), then for `seconds` with the same options. */
export async function warmThenMeasure(options: Options, seconds: number): Promise<{ warmup: Result; result: Result }> {
  const warmup = await autocannon({ ...options, duration: WARMUP_SECONDS });
  const result = await autocannon({ ...options, duration: seconds });
  return { warmup, result };
}

/** Requests per second (mean), p50 and p99 latency in ms, and non-2xx answers of a warmed-up load. */
export async function measureLoad(options: Options, seconds: number): Promise<{ rps: number; p50: number; p99: number; non2xx: number }> {
  const { result: r } = await warmThenMeasure(options, seconds);
  return { rps: r.requests.mean, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx };
}

/** The closing line under the German result tables. */
export function closingLine(seconds: number, startedMs: number): string {
  return `\n${new Date().toISOString()} · node ${process.version} · ${os.cpus().length} CPUs · ${seconds} s je Messung · gesamt ${((Date.now() - startedMs) / 1000).toFixed(1)} s`;
}
