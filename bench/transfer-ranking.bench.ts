/**
 * Proposals for one gap over 10,000 practices: GET /api/transfer/luecken/:id/vorschlaege against the
 * real app, on PGlite (fresh data directory) and PostgreSQL (fresh database next to
 * BENCH_DATABASE_URL or DATABASE_URL; skipped when neither is set). The practices are the 60 demo
 * practices written again and again with other Kommunen (200) and varied titles, so the vocabulary
 * is real. Also times the pure ranking alone. Prints figures; asserts nothing about time.
 *
 *   npx tsx bench/transfer-ranking.bench.ts                 (BENCH_REQUESTS=30 timed requests)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/transfer-ranking.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { demoLuecken, praxisbeispiele } from '../src/domain/transfer/content/index.js';
import { rankPractices } from '../src/domain/transfer/rank.js';
import type { Database } from '../src/server/core/db.js';
import { praxisValues } from '../src/server/modules/transfer/praxis-values.js';
import { luecken, praxisbeispiele as praxisTable } from '../src/server/modules/transfer/transfer.schema.js';
import { buildKommune } from '../src/server/testing/directory-factories.js';
import { buildScope, buildUser } from '../src/server/testing/factories.js';
import { insertChunked, logIn, onFreshPostgres, onPglite, positiveInt, random, serveApp } from './support.js';

const PRACTICES = positiveInt('BENCH_PRACTICES', 10_000);
const KOMMUNEN = 200;
const REQUESTS = positiveInt('BENCH_REQUESTS', 30);
const PG_BASE_URL = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || '';
const VARIANTS = ['', ' im Quartier', ' – Modellprojekt', ' für Familien', ' an Schulen', ' im ländlichen Raum', ' (Ausbau)'];

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function measure(kind: string, database: Database): Promise<void> {
  const db = database.db;
  const land = await buildScope(db, { type: 'land', name: 'Land Bench' });
  const kommuneIds: string[] = [];
  for (let i = 0; i < KOMMUNEN; i++) kommuneIds.push((await buildKommune(db, { scope: await buildScope(db, { type: 'kommune', name: `Kommune ${i + 1}`, parentId: land.id }) })).kommune.id);
  const next = random(7);
  const rows = Array.from({ length: PRACTICES }, (_, i) => {
    const p = praxisbeispiele[i % praxisbeispiele.length]!;
    const titel = `${p.titel}${VARIANTS[Math.floor(next() * VARIANTS.length)]}`;
    return { kommuneId: kommuneIds[1 + Math.floor(next() * (KOMMUNEN - 1))]!, ...praxisValues({ ...p, titel }) };
  });
  let t = performance.now();
  await insertChunked(db, praxisTable, rows, 500);
  console.log(`  ${kind}: ${PRACTICES.toLocaleString('de-DE')} practices inserted in ${ms(performance.now() - t)}`);
  const gap = demoLuecken[0]!;
  const [luecke] = await db.insert(luecken).values({ kommuneId: kommuneIds[0]!, handlungsfeld: gap.handlungsfeld, altersphase: gap.altersphase, beschreibung: gap.beschreibung, prioritaet: gap.prioritaet, status: 'offen' }).returning();
  const user = await buildUser(db, { role: 'kommunalkoordination', scopeId: kommuneIds[0]! });
  const { app, base } = await serveApp(database);
  try {
    const { cookie } = await logIn(base, user.email);
    const call = async () => {
      const started = performance.now();
      const res = await fetch(`${base}/api/transfer/luecken/${luecke!.id}/vorschlaege`, { headers: { cookie } });
      const body = (await res.json()) as { items: unknown[] };
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      return { time: performance.now() - started, items: body.items.length };
    };
    const first = await call();
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) times.push((await call()).time);
    console.log(`  ${kind}: first request ${ms(first.time)} (${first.items} proposals); then ${REQUESTS} requests: p50 ${ms(percentile(times, 50))}, p90 ${ms(percentile(times, 90))}, max ${ms(Math.max(...times))}`);
  } finally {
    await app.close();
  }
  t = performance.now();
  const ranked = rankPractices(
    [{ id: 'g', kommune: 'x', text: gap.beschreibung, handlungsfelder: [gap.handlungsfeld], altersphasen: [gap.altersphase] }],
    rows.map((r, i) => ({ id: String(i), kommune: r.kommuneId, titel: r.titel, beschreibung: r.beschreibung, handlungsfelder: r.handlungsfelder, altersphasen: r.altersphasen, zielgruppen: r.zielgruppen })),
  );
  console.log(`  ranking alone (no database, analyser built anew): ${ms(performance.now() - t)} for ${ranked.get('g')!.length} proposals`);
}

console.log(`Vorschläge für eine Lücke über ${PRACTICES.toLocaleString('de-DE')} Praxisbeispiele`);
await onPglite('strang-bench-transfer-', (d) => measure('PGlite', d));
if (PG_BASE_URL) await onFreshPostgres(PG_BASE_URL, (d) => measure('PostgreSQL', d));
else console.log('  PostgreSQL: skipped (set DATABASE_URL or BENCH_DATABASE_URL)');
