/**
 * Authenticated read benchmark: GET /api/auth/session with a live session cookie.
 *
 * For PGlite (fresh data directory on disk, as `npm run demo` uses) and PostgreSQL (a fresh
 * database next to BENCH_DATABASE_URL, skipped when the server is unreachable) it measures
 *   - Strang's real app (buildApp: cookie plugin, auth hook, zod schemas, security headers …) and
 *   - a bare Fastify baseline on the same database handle that sends the same SQL statements
 *     and answers with JSON, without plugins, schemas or hooks,
 * each with autocannon after a short warm-up. Every response must be 200 with the expected body.
 *
 *   npm run bench                      10 s per measurement
 *   BENCH_SECONDS=30 npm run bench
 *   BENCH_DATABASE_URL=postgres://user:pw@127.0.0.1:5432/postgres npm run bench
 */
import os from 'node:os';
import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { SESSION_COOKIE } from '../src/server/core/auth-plugin.js';
import type { Database } from '../src/server/core/db.js';
import { memberships, scopes, sessions, users } from '../src/server/core/schema.js';
import { sha256 } from '../src/server/core/secrets.js';
import { buildScope, buildUser } from '../src/server/testing/factories.js';
import { listenLocal, logIn, onFreshPostgres, onPglite, positiveInt, serveApp, WARMUP_SECONDS, warmThenMeasure } from './support.js';

const SECONDS = positiveInt('BENCH_SECONDS', 10);
const CONNECTIONS = 10;
const ENDPOINT = '/api/auth/session';
const PG_BASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

type DbKind = 'PGlite' | 'PostgreSQL';
type ServerKind = 'Strang' | 'bare Fastify baseline';

interface Measurement {
  database: DbKind;
  server: ServerKind;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** 2xx responses whose body differed from the expected one. */
  mismatches: number;
  /** Problems during the warm-up, which is otherwise not reported. */
  warmupProblems: number;
}

/** One request before the load: must be 200; its body is what every later response has to match. */
async function expectedBody(url: string, cookie: string): Promise<string> {
  const res = await fetch(url, { headers: { cookie } });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${body}`);
  return body;
}

async function measure(database: DbKind, server: ServerKind, baseUrl: string, cookie: string): Promise<Measurement> {
  const url = `${baseUrl}${ENDPOINT}`;
  const common = { url, connections: CONNECTIONS, headers: { cookie }, expectBody: await expectedBody(url, cookie), workers: 1 };
  process.stdout.write(`  ${database} / ${server}: warm-up ${WARMUP_SECONDS} s, measuring ${SECONDS} s … `);
  const { warmup, result: r } = await warmThenMeasure(common, SECONDS);
  const m: Measurement = {
    database,
    server,
    requests: r.latency.totalCount,
    requestsPerSecond: r.requests.mean,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    mismatches: r.mismatches,
    warmupProblems: warmup.non2xx + warmup.errors + warmup.timeouts + warmup.mismatches,
  };
  console.log(problems(m) ? 'PROBLEMS' : 'ok');
  return m;
}

const problems = (m: Measurement) => m.non2xx + m.errors + m.mismatches + m.warmupProblems;

/**
 * The same statements Strang sends for this request, written directly against the database handle:
 * the auth hook reads session, user and memberships, and the response is built from those.
 * The baseline does the same so both sides do identical database work.
 */
async function startBaseline(database: Database): Promise<FastifyInstance> {
  const { db } = database;
  const readMemberships = (userId: string) =>
    db
      .select({ id: memberships.id, userId: memberships.userId, role: memberships.role, scope: scopes })
      .from(memberships)
      .innerJoin(scopes, eq(scopes.id, memberships.scopeId))
      .where(inArray(memberships.userId, [userId]))
      .orderBy(asc(scopes.path), asc(memberships.role));

  const app = Fastify({ logger: false });
  app.get(ENDPOINT, async (req, reply) => {
    const token = (req.headers.cookie ?? '')
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${SESSION_COOKIE}=`))
      ?.slice(SESSION_COOKIE.length + 1);
    if (!token) return reply.code(401).send({ code: 'unauthenticated' });
    const [session] = await db
      .select()
      .from(sessions)
      .where(and(eq(sessions.id, sha256(decodeURIComponent(token))), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date())));
    if (!session) return reply.code(401).send({ code: 'unauthenticated' });
    const [user] = await db.select().from(users).where(eq(users.id, session.userId));
    if (!user?.active) return reply.code(401).send({ code: 'unauthenticated' });
    const ms = await readMemberships(user.id);
    return {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale,
        active: user.active,
        version: user.version,
        createdAt: user.createdAt,
        lastLoginAt: user.lastLoginAt,
        memberships: ms.map((m) => ({ id: m.id, role: m.role, scope: m.scope })),
      },
      csrfToken: session.csrfToken,
    };
  });
  return app;
}

/** Seeds one Kommune member, then measures Strang and the baseline on the same database handle. */
async function benchDatabase(kind: DbKind, database: Database): Promise<Measurement[]> {
  const results: Measurement[] = [];
  let strang: FastifyInstance | undefined;
  let baseline: FastifyInstance | undefined;
  try {
    const kommune = await buildScope(database.db, { type: 'kommune', name: 'Musterstadt' });
    const user = await buildUser(database.db, { role: 'kommunalkoordination', scopeId: kommune.id });

    const served = await serveApp(database);
    strang = served.app;
    const { cookie } = await logIn(served.base, user.email);
    results.push(await measure(kind, 'Strang', served.base, cookie));
    await strang.close();
    strang = undefined;

    baseline = await startBaseline(database);
    results.push(await measure(kind, 'bare Fastify baseline', await listenLocal(baseline), cookie));
  } finally {
    await strang?.close();
    await baseline?.close();
  }
  return results;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(invalid BENCH_DATABASE_URL)';
  }
}

function table(rows: Measurement[]): string {
  const header = ['database', 'server', 'requests/s (mean)', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors', 'body mismatch', 'result'];
  const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const body = rows.map((m) => [
    m.database,
    m.server,
    fmt(m.requestsPerSecond, 1),
    fmt(m.p50),
    fmt(m.p99),
    fmt(m.requests),
    fmt(m.non2xx),
    fmt(m.errors),
    fmt(m.mismatches),
    problems(m) ? (m.warmupProblems ? 'ERRORS (incl. warm-up)' : 'ERRORS') : 'ok',
  ]);
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8]);
  const line = (r: string[]) => '| ' + r.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => (numeric.has(i) ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|';
  return [line(header), rule, ...body.map(line)].join('\n');
}

async function postgresVersion(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_BASE_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const res = await client.query<{ v: string }>("select current_setting('server_version') as v");
    return res.rows[0]?.v;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const started = Date.now();
const startedAt = new Date();
console.log(
  `Strang benchmark: GET ${ENDPOINT} with a session cookie, ${CONNECTIONS} connections, ` +
    `${WARMUP_SECONDS} s warm-up + ${SECONDS} s per measurement\n`,
);

const rows: Measurement[] = [];
const notes: string[] = [];
rows.push(...(await onPglite('strang-bench-', (database) => benchDatabase('PGlite', database))));
const pgRows = await onFreshPostgres(
  PG_BASE_URL,
  (database) => benchDatabase('PostgreSQL', database),
  (err) => notes.push(`PostgreSQL skipped: cannot create a database at ${redact(PG_BASE_URL)} (${err.message})`),
);
rows.push(...(pgRows ?? []));

const cpus = os.cpus();
const pgVersion = rows.some((r) => r.database === 'PostgreSQL') ? await postgresVersion() : undefined;
console.log('');
console.log(table(rows));
console.log('');
console.log(`date:     ${startedAt.toISOString()}`);
console.log(`node:     ${process.version} (${process.platform}/${process.arch})`);
console.log(`cpus:     ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}`);
if (pgVersion) console.log(`postgres: ${pgVersion}`);
console.log(`latency:  autocannon resolves to whole milliseconds`);
console.log(`per request: 3 SQL statements on both servers (session, user, memberships)`);
for (const note of notes) console.log(note);
console.log(`total:    ${((Date.now() - started) / 1000).toFixed(1)} s`);

const failed = rows.filter((r) => problems(r) > 0);
if (failed.length) {
  console.log(`\n${failed.length} measurement(s) had failed requests; their figures are not comparable.`);
  process.exitCode = 1;
}
