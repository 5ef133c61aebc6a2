/**
 * Network graph benchmark: a Kommune with 2,000 actors and 5,000 cooperations.
 *
 * Measures
 *   1. the server time of GET /api/mapping/kommunen/:id/netzwerk (real app, PGlite on disk): cold
 *      (betweenness and layout computed) and warm (same network, result remembered), and the parts
 *      of a cold answer (database reads vs. metrics and layout);
 *   2. the time to render the graph page in Chromium until the canvas has drawn its first frame
 *      (performance marks set by the page: navigation start → `netzwerk:gezeichnet`, and the
 *      drawing alone `netzwerk:zeichnen` → `netzwerk:gezeichnet`).
 * Prints the figures; asserts nothing about time.
 *
 *   npx tsx bench/mapping-graph.bench.ts          (needs `npm run build:web` first)
 *   BENCH_RUNS=10 npx tsx bench/mapping-graph.bench.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/mapping-graph.bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';
import { analyseNetwork } from '../src/domain/mapping/analysis/network.js';
import { loadConfig } from '../src/server/core/config.js';
import type { Database, Db } from '../src/server/core/db.js';
import { akteure, akteurStandorte, angebote, angebotStandorte, kooperationen } from '../src/server/modules/mapping/mapping.schema.js';
import { networkActors, networkCooperations } from '../src/server/modules/mapping/analysis/analysis.repository.js';
import { clearNetworkCache } from '../src/server/modules/mapping/analysis/use-cases/get-network.js';
import { prepareDatabase, startServer } from '../src/server/runtime.js';
import { buildKommune, buildSchool } from '../src/server/testing/directory-factories.js';
import { buildScope, buildUser } from '../src/server/testing/factories.js';
import { createTestDatabase } from '../src/server/testing/test-database.js';
import { insertChunked, logIn, random } from './support.js';

const ACTORS = 2_000;
const COOPERATIONS = 5_000;
const ISOLATED = 80;
const SCHOOLS = 60;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const PAGE_RUNS = Math.max(1, Number(process.env.BENCH_PAGE_RUNS) || 5);
const email = 'bench@koeln.example';

const types = ['jugendamt', 'gesundheitsamt', 'schulsozialarbeit', 'offener-ganztag', 'freier-traeger', 'verein', 'kita', 'offene-jugendarbeit', 'non-formale-bildung', 'kommunaler-dienst'];
const kreise = ['steuergruppe', 'kernteam', 'extern'];
const coopTypes = ['absprache', 'gemeinsames-angebot', 'vereinbarung', 'gremium', 'fallberatung', 'vermittlung', 'raumnutzung', 'finanzierung'];
const felder = ['sprachfoerderung', 'lesefoerderung', 'mint', 'beratung', 'betreuung', 'elternarbeit', 'gesundheit'];

const CHUNK = 500;

/** Land → Kommune with schools, a coordinator, and the map: scale-free-ish cooperations with hubs, some isolated actors. */
async function buildCity(db: Db): Promise<{ kommuneId: string }> {
  const rnd = random(20_251_122);
  const land = await buildScope(db, { type: 'land', name: 'Land' });
  const scope = await buildScope(db, { type: 'kommune', name: 'Großstadt', parentId: land.id });
  await buildKommune(db, { scope, name: 'Großstadt' });
  const schools: string[] = [];
  for (let i = 0; i < SCHOOLS; i += 1) {
    schools.push((await buildSchool(db, { kommuneScope: scope, name: `Schule ${String(i + 1).padStart(2, '0')}`, sozialindex: 1 + Math.floor(rnd() * 9), schueler: 150 + Math.floor(rnd() * 700) })).scope.id);
  }
  await buildUser(db, { role: 'kommunalkoordination', scopeId: scope.id, email, name: 'Bench Koordination' });

  const ids = Array.from({ length: ACTORS }, () => randomUUID());
  await insertChunked(
    db,
    akteure,
    ids.map((id, i) => ({ id, kommuneId: scope.id, name: `Akteur ${String(i + 1).padStart(4, '0')}`, typ: types[i % types.length]!, kreis: kreise[Math.floor(rnd() * 3)]!, geteilt: true })),
    CHUNK,
  );
  await insertChunked(
    db,
    akteurStandorte,
    ids.map((akteurId) => ({ akteurId, schuleId: schools[Math.floor(rnd() * SCHOOLS)]! })),
    CHUNK,
  );

  const linked = ids.slice(ISOLATED);
  const pairs = new Set<string>();
  const endpoints: string[] = [];
  const edges: { a: string; b: string }[] = [];
  while (edges.length < COOPERATIONS) {
    const a = linked[Math.floor(rnd() * linked.length)]!;
    // Half of the partners are picked in proportion to their cooperations so far: a few hubs emerge.
    const b = endpoints.length && rnd() < 0.5 ? endpoints[Math.floor(rnd() * endpoints.length)]! : linked[Math.floor(rnd() * linked.length)]!;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    edges.push({ a, b });
    endpoints.push(a, b);
  }
  await insertChunked(
    db,
    kooperationen,
    edges.map(({ a, b }) => ({ kommuneId: scope.id, akteurAId: a, akteurBId: b, typ: coopTypes[Math.floor(rnd() * coopTypes.length)]!, schuleId: rnd() < 0.3 ? schools[Math.floor(rnd() * SCHOOLS)]! : null })),
    CHUNK,
  );

  const offers = ids.slice(0, 1_000).map((akteurId) => ({
    id: randomUUID(),
    kommuneId: scope.id,
    akteurId,
    titel: `Angebot von ${akteurId.slice(0, 8)}`,
    handlungsfeld: felder[Math.floor(rnd() * felder.length)]!,
    ebene: 'individuell',
    altersphasen: ['6-9'],
    stundenProWoche: Math.round(rnd() * 40) / 4,
    finanzierung: 'kommunal',
    status: 'laufend',
    geteilt: true,
  }));
  await insertChunked(db, angebote, offers, CHUNK);
  await insertChunked(
    db,
    angebotStandorte,
    offers.map((o) => ({ angebotId: o.id, schuleId: schools[Math.floor(rnd() * SCHOOLS)]! })),
    CHUNK,
  );
  return { kommuneId: scope.id };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (v: number) => `${v.toFixed(0)} ms`;
const time = async <T>(fn: () => Promise<T> | T): Promise<[number, T]> => {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
};

async function run(label: string, openDatabase: () => Promise<{ database: Database; cleanup: () => Promise<void> }>) {
  const webDir = './dist/web';
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error('dist/web fehlt: erst npm run build:web ausführen');
  const { database, cleanup } = await openDatabase();
  const [buildMs, { kommuneId }] = await time(() => buildCity(database.db));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', STRANG_DATA_DIR: 'memory://', STRANG_WEB_DIR: webDir, LOG_LEVEL: 'warn' });
  const running = await startServer(config, { logger: false, database });
  const baseUrl = running.url.replace('localhost', '127.0.0.1');
  try {
    const { cookie } = await logIn(baseUrl, email);
    const url = `${baseUrl}/api/mapping/kommunen/${kommuneId}/netzwerk`;
    const get = async () => {
      const res = await fetch(url, { headers: { cookie } });
      const body = await res.text();
      if (!res.ok) throw new Error(`netzwerk ${res.status}: ${body.slice(0, 200)}`);
      return body;
    };

    // 1. Server time.
    const cold: number[] = [];
    const warm: number[] = [];
    let size = 0;
    let summary = '';
    for (let i = 0; i < RUNS; i += 1) {
      clearNetworkCache();
      const [t, body] = await time(get);
      cold.push(t);
      size = body.length;
      summary = JSON.stringify((JSON.parse(body) as { summary: unknown }).summary);
    }
    for (let i = 0; i < RUNS; i += 1) warm.push((await time(get))[0]);
    const v = { kommuneId, all: true };
    const reads: number[] = [];
    const metrics: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const [tr, [actors, coops]] = await time(() => Promise.all([networkActors(database.db, v, {}), networkCooperations(database.db, v)]));
      reads.push(tr);
      metrics.push((await time(() => analyseNetwork(actors.map((a) => a.id), coops)))[0]);
    }
    const [filteredMs] = await time(() => fetch(`${url}?handlungsfeld=mint`, { headers: { cookie } }).then((r) => r.text()));

    // 2. Chromium: page load until the canvas has drawn.
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    const pageTotals: number[] = [];
    const drawing: number[] = [];
    const dataArrived: number[] = [];
    const phases: { react: number; library: number; build: number; frame: number }[] = [];
    try {
      for (let i = 0; i < PAGE_RUNS; i += 1) {
        const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
        await context.addCookies([{ name: 'strang_session', value: cookie.split('=')[1]!, url: baseUrl }]);
        const page = await context.newPage();
        // The first load finds the server without a remembered result, the later ones with it.
        if (i === 0) clearNetworkCache();
        await page.goto(`/akteure/netzwerk?kommune=${kommuneId}`);
        await page.locator('[data-testid="netzwerk-grafik"][data-state="gezeichnet"]').waitFor({ timeout: 120_000 });
        // A string, so that the loader's helpers (tsx names functions) do not end up in the page.
        const marks = (await page.evaluate(`(() => {
          const drawn = performance.getEntriesByName('netzwerk:gezeichnet')[0];
          const start = performance.getEntriesByName('netzwerk:zeichnen')[0];
          const loaded = performance.getEntriesByName('netzwerk:bibliothek')[0];
          const built = performance.getEntriesByName('netzwerk:aufgebaut')[0];
          const api = performance.getEntriesByType('resource').find((e) => e.name.includes('/netzwerk'));
          return {
            drawn: drawn ? drawn.startTime : NaN,
            start: start ? start.startTime : NaN,
            loaded: loaded ? loaded.startTime : NaN,
            built: built ? built.startTime : NaN,
            api: api ? api.responseEnd : NaN,
          };
        })()`)) as { drawn: number; start: number; loaded: number; built: number; api: number };
        phases.push({ react: marks.start - marks.api, library: marks.loaded - marks.start, build: marks.built - marks.loaded, frame: marks.drawn - marks.built });
        pageTotals.push(marks.drawn);
        drawing.push(marks.drawn - marks.start);
        dataArrived.push(marks.api);
        if (i === 0) {
          fs.mkdirSync('/tmp/shots', { recursive: true });
          await page.locator('.app-network-section').screenshot({ path: '/tmp/shots/bench-graph-2000.png' });
        }
        await context.close();
      }
    } finally {
      await browser.close();
    }

    console.log(`\n== ${label}: ${ACTORS.toLocaleString('en')} actors, ${COOPERATIONS.toLocaleString('en')} cooperations (${ISOLATED} isolated), built in ${ms(buildMs)}`);
    console.log(`   summary ${summary}, response ${(size / 1024).toFixed(0)} KiB`);
    console.log(`   server  GET …/netzwerk cold (metrics + layout computed): median ${ms(median(cold))} (min ${ms(Math.min(...cold))}, max ${ms(Math.max(...cold))}, ${RUNS} runs)`);
    console.log(`           of which database reads median ${ms(median(reads))}, betweenness + articulation + ForceAtlas2 layout median ${ms(median(metrics))}`);
    console.log(`   server  GET …/netzwerk warm (same network, remembered): median ${ms(median(warm))} (min ${ms(Math.min(...warm))}, max ${ms(Math.max(...warm))})`);
    console.log(`   server  GET …/netzwerk?handlungsfeld=mint (smaller network, cold): ${ms(filteredMs)}`);
    const later = pageTotals.slice(1);
    console.log(`   Chromium page /akteure/netzwerk: navigation start → canvas drawn`);
    console.log(`           first load (server computes): ${ms(pageTotals[0]!)}, network data received at ${ms(dataArrived[0]!)}`);
    if (later.length) console.log(`           later loads (server remembers): median ${ms(median(later))} (min ${ms(Math.min(...later))}, max ${ms(Math.max(...later))}), data received at median ${ms(median(dataArrived.slice(1)))}`);
    console.log(`           from data to canvas drawn: median ${ms(median(drawing.map((d, i) => d + phases[i]!.react)))}; of which`);
    console.log(`             page render until the graph starts ${ms(median(phases.map((p) => p.react)))}, loading cytoscape ${ms(median(phases.map((p) => p.library)))},`);
    console.log(`             building 7,000 elements ${ms(median(phases.map((p) => p.build)))}, first frame ${ms(median(phases.map((p) => p.frame)))} (medians)`);
  } finally {
    await running.stop();
    await cleanup();
  }
}

async function main() {
  await run('PGlite', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'strang-bench-'));
    const config = loadConfig({ STRANG_DATA_DIR: dataDir });
    const database = await prepareDatabase(config);
    return { database, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  });
  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (pgUrl) {
    process.env.DATABASE_URL = pgUrl;
    await run('PostgreSQL', async () => {
      const database = await createTestDatabase();
      const { ensureRootScope } = await import('../src/server/modules/identity/identity.repository.js');
      await ensureRootScope(database.db);
      return { database, cleanup: async () => undefined };
    });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
