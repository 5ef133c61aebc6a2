/**
 * Allocation benchmark on the real NRW school list (5,407 schools, 4,142 with Sozialindex):
 *   - POST /api/verteilung/vorschau: computing the NRW model (6,315 positions, 30 % by pupils,
 *     70 % by pupils × level) with each method, sequentially (selection, weights, engine, snapshot)
 *   - GET /api/verteilung/vergleich for two saved NRW scenarios side by side (per school, per level,
 *     per pupil): one request at a time (the page time) and under load
 *   - the CSV and XLSX export of one NRW scenario, and reading it whole
 * on PGlite (fresh data directory) and PostgreSQL (fresh database next to BENCH_DATABASE_URL;
 * skipped when unreachable).
 *
 *   npx tsx bench/allocation-compare.bench.ts          (BENCH_SECONDS=10 per measurement)
 */
import http from 'node:http';
import { eq } from 'drizzle-orm';
import type { Database } from '../src/server/core/db.js';
import { scopes } from '../src/server/modules/identity/identity.schema.js';
import { buildUser } from '../src/server/testing/factories.js';
import { closingLine, importNrwSchools, logIn, measureLoad, onFreshPostgres, onPglite, positiveInt, serveApp } from './support.js';

const SECONDS = positiveInt('BENCH_SECONDS', 10);
const PG_BASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const stufeAlsFaktor = { '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6', '7': '7', '8': '8', '9': '9' };
const nrwModell = (verfahren: string, sockelProzent = 30) => ({ summe: 6315, einheit: '1', verfahren, gewichtung: { art: 'sockel-index', sockelProzent, faktoren: stufeAlsFaktor } });

interface Row {
  database: string;
  what: string;
  rps: number | null;
  p50: number;
  p99: number;
  non2xx: number;
  bytes: number;
}

const measure = (url: string, cookie: string) => measureLoad({ url, connections: 4, headers: { cookie }, timeout: 60 }, SECONDS);

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

async function run(kind: string, database: Database, rows: Row[]): Promise<void> {
  await importNrwSchools(kind, database.db);
  const [nrw] = await database.db.select().from(scopes).where(eq(scopes.code, '05'));
  const user = await buildUser(database.db, { role: 'landeskoordination', scopeId: nrw!.id });
  const { app, base } = await serveApp(database);
  const { cookie, csrfToken } = await logIn(base, user.email);
  const post = (url: string, body: unknown) => fetch(`${base}${url}`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  // The model computed on all NRW schools, each method, ten times in a row.
  for (const verfahren of ['hare-niemeyer', 'sainte-lague', 'dhondt']) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      const res = await post('/api/verteilung/vorschau', { scopeId: nrw!.id, modell: nrwModell(verfahren) });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`preview ${res.status}: ${text.slice(0, 300)}`);
      if (i >= 2) times.push(performance.now() - t0);
      bytes = text.length;
    }
    rows.push({ database: kind, what: `Vorschau NRW (${verfahren}), nacheinander`, rps: null, p50: Math.round(percentile(times, 50)), p99: Math.round(percentile(times, 99)), non2xx: 0, bytes });
  }

  const ids: string[] = [];
  for (const [name, modell] of [
    ['NRW 30/70 Hare-Niemeyer', nrwModell('hare-niemeyer')],
    ['NRW 50/50 Sainte-Laguë', nrwModell('sainte-lague', 50)],
  ] as const) {
    const t0 = Date.now();
    const res = await post('/api/verteilung/szenarien', { scopeId: nrw!.id, name, modell });
    if (res.status !== 201) throw new Error(`create ${res.status}: ${(await res.text()).slice(0, 300)}`);
    const body = (await res.json()) as { id: string; schulen: number };
    console.log(`  ${kind}: saved "${name}" (${body.schulen.toLocaleString('de-DE')} schools) in ${Date.now() - t0} ms`);
    ids.push(body.id);
  }
  const compare = `${base}/api/verteilung/vergleich?ids=${ids.join(',')}`;
  const sample = await fetch(compare, { headers: { cookie } });
  const text = await sample.text();
  const parsed = JSON.parse(text) as { schulen: unknown[]; stufen: unknown[] };
  console.log(`  ${kind}: comparison has ${parsed.schulen.length.toLocaleString('de-DE')} schools, ${parsed.stufen.length} levels, ${(text.length / 1e6).toFixed(2)} MB`);
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const t1 = performance.now();
    const res = await fetch(compare, { headers: { cookie } });
    await res.arrayBuffer();
    if (i >= 5) times.push(performance.now() - t1);
  }
  rows.push({ database: kind, what: 'Vergleich zweier NRW-Szenarien, nacheinander', rps: null, p50: Math.round(percentile(times, 50)), p99: Math.round(percentile(times, 99)), non2xx: 0, bytes: text.length });
  rows.push({ database: kind, what: 'Vergleich zweier NRW-Szenarien (4 Verbindungen)', ...(await measure(compare, cookie)), bytes: text.length });
  for (const format of ['csv', 'xlsx'] as const) {
    const url = `${base}/api/verteilung/szenarien/${ids[0]}/export.${format}`;
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 8; i++) {
      const t1 = performance.now();
      const res = await fetch(url, { headers: { cookie } });
      bytes = (await res.arrayBuffer()).byteLength;
      if (res.status !== 200) throw new Error(`export ${res.status}`);
      if (i >= 2) times.push(performance.now() - t1);
    }
    rows.push({ database: kind, what: `Export ${format.toUpperCase()} eines NRW-Szenarios mit Erklärung je Schule, nacheinander`, rps: null, p50: Math.round(percentile(times, 50)), p99: Math.round(percentile(times, 99)), non2xx: 0, bytes });
  }
  const single = `${base}/api/verteilung/szenarien/${ids[0]}`;
  const one = await (await fetch(single, { headers: { cookie } })).text();
  rows.push({ database: kind, what: 'Ein NRW-Szenario mit Ergebnis je Schule (4 Verbindungen)', ...(await measure(single, cookie)), bytes: one.length });
  for (const [what, url, plain] of [['Ein NRW-Szenario', single, one.length], ['Vergleich', compare, text.length]] as const) {
    const sent = await bytesOnTheWire(url, cookie);
    console.log(`  ${kind}: ${what}: ${(plain / 1e6).toFixed(2)} MB JSON, ${(sent.bytes / 1e6).toFixed(2)} MB sent with ${sent.encoding}`);
  }
  await app.close();
}

/** What a browser that accepts gzip receives: the encoded body's size, before decoding. */
function bytesOnTheWire(url: string, cookie: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie, 'accept-encoding': 'gzip' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }));
      })
      .on('error', reject);
  });
}

async function main() {
  const rows: Row[] = [];
  const t0 = Date.now();
  await onPglite('strang-bench-alloc-', (database) => run('PGlite', database, rows));
  await onFreshPostgres(PG_BASE_URL, (database) => run('PostgreSQL', database, rows));

  console.log(`\n| Datenbank | Abfrage | Anfragen/s | p50 ms | p99 ms | nicht 2xx | Antwort |`);
  console.log(`|---|---|---:|---:|---:|---:|---:|`);
  for (const r of rows) {
    console.log(`| ${r.database} | ${r.what} | ${r.rps === null ? '–' : r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${(r.bytes / 1e6).toFixed(2)} MB |`);
  }
  console.log(closingLine(SECONDS, t0));
}

await main();
