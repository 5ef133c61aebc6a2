/**
 * Directory and site-profile benchmark with the real NRW school list and a large map:
 *   - time to import the full NRW file (5,407 schools, 396 municipalities)
 *   - GET /api/directory/schulen filtered (Kommune, Schulform, Sozialindex range, sorted)
 *   - GET /api/mapping/standorte/:id, the mapping part of a site profile
 * with 50,000 offers and 5,000 actors spread over all schools, on PGlite (fresh data directory)
 * and PostgreSQL (fresh database next to BENCH_DATABASE_URL; skipped when unreachable).
 *
 *   npx tsx bench/directory-read.bench.ts          (BENCH_SECONDS=10 per measurement)
 */
import { eq, sql } from 'drizzle-orm';
import { handlungsfelder, altersphasen, finanzierungen } from '../src/domain/shared/vocabularies.js';
import type { Database, Db } from '../src/server/core/db.js';
import { kommunen, schulen } from '../src/server/modules/directory/directory.schema.js';
import { akteure, akteurStandorte, angebote, angebotStandorte } from '../src/server/modules/mapping/mapping.schema.js';
import { buildUser } from '../src/server/testing/factories.js';
import { closingLine, importNrwSchools, insertChunked, logIn, measureLoad, onFreshPostgres, onPglite, positiveInt, serveApp } from './support.js';

const SECONDS = positiveInt('BENCH_SECONDS', 10);
const OFFERS = 50_000;
const ACTORS = 5_000;
const PG_BASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

interface Row {
  database: string;
  what: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}

/** A small deterministic generator so both databases get the same map. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

async function buildMap(db: Db): Promise<void> {
  const rand = rng(42);
  const schools = await db.select({ id: schulen.id, kommuneId: schulen.kommuneId }).from(schulen);
  const byKommune = new Map<string, string[]>();
  for (const s of schools) byKommune.set(s.kommuneId, [...(byKommune.get(s.kommuneId) ?? []), s.id]);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const felder = Object.keys(handlungsfelder);
  const phasen = Object.keys(altersphasen);
  const fin = Object.keys(finanzierungen);

  const actorRows: (typeof akteure.$inferInsert)[] = [];
  const actorSites: (typeof akteurStandorte.$inferInsert)[] = [];
  const actorsOf = new Map<string, string[]>();
  for (let i = 0; i < ACTORS; i++) {
    const school = pick(schools);
    const id = crypto.randomUUID();
    actorRows.push({ id, kommuneId: school.kommuneId, name: `Träger ${i}`, typ: 'freier-traeger', kreis: 'extern' });
    actorSites.push({ akteurId: id, schuleId: school.id });
    actorsOf.set(school.kommuneId, [...(actorsOf.get(school.kommuneId) ?? []), id]);
  }
  const offerRows: (typeof angebote.$inferInsert)[] = [];
  const offerSites: (typeof angebotStandorte.$inferInsert)[] = [];
  for (let i = 0; i < OFFERS; i++) {
    const school = pick(schools);
    const id = crypto.randomUUID();
    const providers = actorsOf.get(school.kommuneId);
    offerRows.push({
      id,
      kommuneId: school.kommuneId,
      akteurId: providers ? pick(providers) : null,
      titel: `Angebot ${i}`,
      handlungsfeld: pick(felder),
      ebene: 'individuell',
      altersphasen: [pick(phasen)],
      stundenProWoche: Math.round(rand() * 40) / 2,
      finanzierung: pick(fin),
      status: 'laufend',
    });
    offerSites.push({ angebotId: id, schuleId: school.id });
    const second = pick(byKommune.get(school.kommuneId)!);
    if (second !== school.id && rand() < 0.3) offerSites.push({ angebotId: id, schuleId: second });
  }
  await insertChunked(db, akteure, actorRows);
  await insertChunked(db, akteurStandorte, actorSites);
  await insertChunked(db, angebote, offerRows);
  await insertChunked(db, angebotStandorte, offerSites);
  // Steady state: a PostgreSQL server's autovacuum would have analysed the tables by now.
  await db.execute(sql`analyze`);
}

const measure = (url: string, cookie: string) => measureLoad({ url, connections: 10, headers: { cookie } }, SECONDS);

async function run(kind: string, database: Database, rows: Row[]): Promise<void> {
  await importNrwSchools(kind, database.db);
  const mapStart = Date.now();
  await buildMap(database.db);
  console.log(`  ${kind}: map of ${OFFERS.toLocaleString('de-DE')} offers and ${ACTORS.toLocaleString('de-DE')} actors written in ${Date.now() - mapStart} ms`);

  const [koeln] = await database.db.select().from(kommunen).where(eq(kommunen.ags, '05315000'));
  const user = await buildUser(database.db, { role: 'kommunalkoordination', scopeId: koeln!.id });
  const [site] = await database.db.select({ id: schulen.id }).from(schulen).where(eq(schulen.schulnummer, '111910'));
  const { app, base } = await serveApp(database);
  const { cookie } = await logIn(base, user.email);
  const list = `${base}/api/directory/schulen?kommuneId=${koeln!.id}&schulform=Grundschule&sozialindexMin=5&sozialindexMax=9&sort=sozialindex&direction=desc&pageSize=25`;
  const listAll = `${base}/api/directory/schulen?sozialindexMin=7&startchancen=true&sort=schueler&direction=desc&pageSize=50&page=3`;
  const profile = `${base}/api/mapping/standorte/${site!.id}`;
  const sample = await (await fetch(profile, { headers: { cookie } })).json();
  console.log(`  ${kind}: site profile of 111910 has ${sample.angebote.length} offers, ${sample.akteure.length} actors`);
  rows.push({ database: kind, what: 'Schulliste Köln gefiltert', ...(await measure(list, cookie)) });
  rows.push({ database: kind, what: 'Schulliste NRW gefiltert, Seite 3', ...(await measure(listAll, cookie)) });
  rows.push({ database: kind, what: 'Standortprofil (Mapping)', ...(await measure(profile, cookie)) });
  await app.close();
}

async function main() {
  const rows: Row[] = [];
  const t0 = Date.now();
  await onPglite('strang-bench-dir-', (database) => run('PGlite', database, rows));
  await onFreshPostgres(PG_BASE_URL, (database) => run('PostgreSQL', database, rows));

  console.log(`\n| Datenbank | Abfrage | Anfragen/s | p50 ms | p99 ms | nicht 2xx |`);
  console.log(`|---|---|---:|---:|---:|---:|`);
  for (const r of rows) console.log(`| ${r.database} | ${r.what} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.non2xx} |`);
  console.log(closingLine(SECONDS, t0));
}

await main();
