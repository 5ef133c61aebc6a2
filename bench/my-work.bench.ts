/**
 * "My work" benchmark: GET /api/meine-arbeit for a person in 50 networks with 100 meetings each
 * (5,000 meetings, one every two weeks from a year ago), about half of the upcoming ones registered,
 * 1,000 agreements of which 250 are theirs (some overdue, some done, some passed on), and as much
 * again in 50 networks they do not belong to. Measured over HTTP with autocannon against the real
 * app on PGlite (fresh data directory on disk) and PostgreSQL (fresh database next to
 * BENCH_DATABASE_URL or DATABASE_URL; skipped when neither is set or the server is unreachable).
 * First one request at a time (the latency one person sees), then 10 connections at once (throughput).
 * Prints the figures and the query plans; asserts nothing about time.
 *
 *   npx tsx bench/my-work.bench.ts                  (BENCH_SECONDS=10 per measurement)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/my-work.bench.ts
 */
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { MeineArbeit } from '../src/domain/networks/contracts.js';
import type { Database, Db } from '../src/server/core/db.js';
import { anmeldungen, ergebnisse, netzwerke, netzwerkMitglieder, treffen, weitergaben } from '../src/server/modules/networks/networks.schema.js';
import { users } from '../src/server/modules/identity/identity.schema.js';
import { openVereinbarungenQuery, upcomingTreffenQuery } from '../src/server/modules/networks/meetings.repository.js';
import { buildScope, buildUser } from '../src/server/testing/factories.js';
import { insertChunked, logIn, onFreshPostgres, onPglite, positiveInt, random, serveApp, WARMUP_SECONDS, warmThenMeasure } from './support.js';

const SECONDS = positiveInt('BENCH_SECONDS', 10);
const CONNECTIONS = 10;
const SINGLE_REQUESTS = positiveInt('BENCH_SINGLE', 200);
const NETWORKS = 50;
const MEETINGS_PER_NETWORK = 100;
const AGREEMENTS_PER_NETWORK = 20;
const OWN_AGREEMENTS_PER_NETWORK = 5;
const PG_BASE_URL = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || '';
const DAY = 24 * 3600_000;

interface Single {
  database: string;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

interface Row {
  database: string;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The person's 50 networks and 50 foreign ones, with meetings, registrations, agreements and passed-on results. */
async function buildData(db: Db): Promise<{ email: string }> {
  const rnd = random(4_2025);
  const kommune = await buildScope(db, { type: 'kommune', name: 'Benchstadt' });
  const email = `meine-arbeit-${randomBytes(4).toString('hex')}@example.org`;
  const ich = await buildUser(db, { role: 'lesend', scopeId: kommune.id, email, name: 'Bench Person' });
  const others = await Promise.all(Array.from({ length: 8 }, (_, i) => buildUser(db, { role: 'lesend', scopeId: kommune.id, name: `Andere Person ${i}` })));

  const now = Date.now();
  const networkRows: (typeof netzwerke.$inferInsert)[] = [];
  const memberRows: (typeof netzwerkMitglieder.$inferInsert)[] = [];
  const meetingRows: (typeof treffen.$inferInsert)[] = [];
  const registrationRows: (typeof anmeldungen.$inferInsert)[] = [];
  const agreementRows: (typeof ergebnisse.$inferInsert)[] = [];
  const passedRows: (typeof weitergaben.$inferInsert)[] = [];
  const mine: string[] = [];

  for (let n = 0; n < 2 * NETWORKS; n++) {
    const own = n < NETWORKS;
    const netzwerkId = randomUUID();
    if (own) mine.push(netzwerkId);
    networkRows.push({ id: netzwerkId, name: `${own ? 'Netzwerk' : 'Fremdes Netzwerk'} ${n + 1}`, ebene: 'kommune', schwerpunkt: n % 3 ? 'praxis' : 'steuerung', land: 'NW', traegerScopeId: kommune.id });
    if (own) memberRows.push({ netzwerkId, userId: ich.id, rolle: n % 10 === 0 ? 'moderation' : 'mitglied' });
    for (const o of others) memberRows.push({ netzwerkId, userId: o.id, rolle: 'mitglied' });
    // Every other Tuesday-ish at 13:30 local, starting a year ago, each network a day apart.
    const first = now - 365 * DAY + (n % 14) * DAY;
    const meetingIds: string[] = [];
    for (let m = 0; m < MEETINGS_PER_NETWORK; m++) {
      const id = randomUUID();
      meetingIds.push(id);
      const beginn = new Date(first + m * 14 * DAY);
      beginn.setUTCHours(11, 30, 0, 0);
      meetingRows.push({
        id,
        netzwerkId,
        titel: `Treffen ${m + 1}`,
        beginn,
        ende: new Date(beginn.getTime() + 90 * 60_000),
        status: rnd() < 0.05 ? 'abgesagt' : 'geplant',
        ort: 'Rathaus',
        kapazitaet: 30,
        protokoll: beginn.getTime() < now ? 'Protokoll des Treffens mit Begrüßung, Berichten und Verabredungen.' : null,
      });
      if (own && rnd() < 0.5) registrationRows.push({ treffenId: id, userId: ich.id, status: rnd() < 0.9 ? 'angemeldet' : 'warteliste' });
      for (const o of others) if (rnd() < 0.3) registrationRows.push({ treffenId: id, userId: o.id, status: 'angemeldet' });
    }
    for (let a = 0; a < AGREEMENTS_PER_NETWORK; a++) {
      const owner = own && a < OWN_AGREEMENTS_PER_NETWORK ? ich.id : others[a % others.length]!.id;
      const status = rnd() < 0.25 ? 'erledigt' : rnd() < 0.5 ? 'in-arbeit' : 'offen';
      const due = rnd() < 0.2 ? null : isoDay(new Date(now + Math.round((rnd() - 0.4) * 120) * DAY));
      const id = randomUUID();
      agreementRows.push({ id, netzwerkId, treffenId: meetingIds[Math.floor(rnd() * 26)]!, art: a % 4 === 3 ? 'ergebnis' : 'vereinbarung', text: `Vereinbarung ${a + 1} des Netzwerks ${n + 1}`, verantwortlichId: a % 4 === 3 ? null : owner, faelligAm: a % 4 === 3 ? null : due, status: a % 4 === 3 ? null : status });
      if (n > 0 && rnd() < 0.2) passedRows.push({ ergebnisId: id, vonNetzwerkId: netzwerkId, anNetzwerkId: networkRows[n - 1]!.id!, empfangenAm: rnd() < 0.5 ? new Date() : null });
    }
  }
  await insertChunked(db, netzwerke, networkRows);
  await insertChunked(db, netzwerkMitglieder, memberRows);
  await insertChunked(db, treffen, meetingRows);
  await insertChunked(db, anmeldungen, registrationRows);
  await insertChunked(db, ergebnisse, agreementRows);
  await insertChunked(db, weitergaben, passedRows);
  // Steady state: a PostgreSQL server's autovacuum would have analysed the tables by now.
  await db.execute(sql`analyze`);
  console.log(
    `  data: ${networkRows.length} networks (${NETWORKS} the person's), ${meetingRows.length.toLocaleString('en-US')} meetings, ` +
      `${registrationRows.length.toLocaleString('en-US')} registrations, ${agreementRows.length.toLocaleString('en-US')} results/agreements, ${passedRows.length} passed on`,
  );
  return { email };
}

/** The plans of the queries behind the page, to show they walk the person's index entries rather than the tables. */
async function plans(db: Db, email: string): Promise<string> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const now = new Date();
  const explain = async (label: string, query: SQL) => {
    const res = await db.execute(sql`explain (analyze, costs off) ${query}`);
    const lines = (res as unknown as { rows: Record<string, string>[] }).rows.map((r) => Object.values(r)[0]);
    return `${label}\n${lines.join('\n')}`;
  };
  return [
    await explain('meetings', upcomingTreffenQuery(db, user!.id, now, new Date(now.getTime() + 56 * DAY)).getSQL()),
    await explain('agreements', openVereinbarungenQuery(db, user!.id).getSQL()),
  ].join('\n');
}

async function run(kind: string, database: Database, rows: Row[], singles: Single[]): Promise<void> {
  const started = Date.now();
  const { email } = await buildData(database.db);
  console.log(`  ${kind}: data written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const { app, base } = await serveApp(database);
  try {
    const { cookie } = await logIn(base, email);
    const url = `${base}/api/meine-arbeit`;
    const sample = await fetch(url, { headers: { cookie } });
    const text = await sample.text();
    if (sample.status !== 200) throw new Error(`GET /api/meine-arbeit answered ${sample.status}: ${text}`);
    const body = JSON.parse(text) as MeineArbeit;
    console.log(
      `  ${kind}: answer has ${body.treffen.length} meetings (${body.treffen.filter((t) => t.status === 'abgesagt').length} cancelled, ` +
        `${body.treffen.filter((t) => t.meineAnmeldung).length} with a registration), ${body.vereinbarungen.length} open agreements, ` +
        `${body.ueberfaellig} overdue; ${(text.length / 1024).toFixed(0)} KiB`,
    );
    console.log(`  ${kind}: query plans\n${(await plans(database.db, email)).replace(/^/gm, '      ')}`);

    // One person opening the page: requests one after another, nothing else running.
    const single: number[] = [];
    for (let i = 0; i < SINGLE_REQUESTS + 10; i++) {
      const t = performance.now();
      const res = await fetch(url, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`GET /api/meine-arbeit answered ${res.status}`);
      if (i >= 10) single.push(performance.now() - t);
    }
    single.sort((a, b) => a - b);
    const at = (q: number) => single[Math.min(single.length - 1, Math.floor(q * single.length))]!;
    singles.push({ database: kind, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: single[single.length - 1]! });

    process.stdout.write(`  ${kind}: warm-up ${WARMUP_SECONDS} s, measuring ${SECONDS} s … `);
    const { result: r } = await warmThenMeasure({ url, connections: CONNECTIONS, headers: { cookie }, workers: 1 }, SECONDS);
    console.log('done');
    rows.push({ database: kind, rps: r.requests.mean, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, requests: r.latency.totalCount, non2xx: r.non2xx, errors: r.errors + r.timeouts });
  } finally {
    await app.close();
  }
}

async function main() {
  const rows: Row[] = [];
  const singles: Single[] = [];
  const t0 = Date.now();
  console.log(`Strang benchmark: GET /api/meine-arbeit, ${NETWORKS} networks × ${MEETINGS_PER_NETWORK} meetings, ${CONNECTIONS} connections\n`);

  await onPglite('strang-bench-work-', (database) => run('PGlite', database, rows, singles));
  if (!PG_BASE_URL) console.log('  PostgreSQL skipped: set DATABASE_URL or BENCH_DATABASE_URL');
  else await onFreshPostgres(PG_BASE_URL, (database) => run('PostgreSQL', database, rows, singles));

  console.log(`\nOne request at a time (${SINGLE_REQUESTS} requests after 10 warm-up, fetch over HTTP):`);
  console.log(`| database | p50 ms | p90 ms | p99 ms | max ms |`);
  console.log(`|---|---:|---:|---:|---:|`);
  for (const r of singles) console.log(`| ${r.database} | ${r.p50.toFixed(1)} | ${r.p90.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} |`);
  console.log(`\nUnder load (${CONNECTIONS} connections, autocannon):`);
  console.log(`| database | requests/s | p50 ms | p90 ms | p99 ms | max ms | requests | non-2xx | errors |`);
  console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const r of rows) console.log(`| ${r.database} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.requests} | ${r.non2xx} | ${r.errors} |`);
  console.log(`\n${new Date().toISOString()} · node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'} · ${SECONDS} s per measurement · total ${((Date.now() - t0) / 1000).toFixed(1)} s · load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('latency: autocannon resolves to whole milliseconds; per request: session, user, memberships + 3 queries');
  if (rows.some((r) => r.non2xx + r.errors > 0)) process.exitCode = 1;
}

await main();
