/**
 * Comparison page benchmark on the real NRW school list: the NRW demo scenario (6,315 positions over
 * the 4,142 schools with a Sozialindex, 30 % by pupils, 70 % by pupils × level, Hare-Niemeyer) and a
 * variant (50/50, Sainte-Laguë) side by side at /ressourcen/vergleich?ids=<nrw>,<variant>.
 *
 * Measures in Chromium, BENCH_RUNS times (default 10, each in a fresh browser context, so the web
 * assets are fetched again):
 *   - navigation start → the table of schools and the chart are visible (the page's own clock);
 *   - when the comparison's JSON had arrived (resource timing), i.e. what the page adds after it;
 *   - ticking "only schools with a difference" and sorting by the difference on all schools, each
 *     until the table shows the result;
 * and the API alone: GET /api/verteilung/vergleich, one request at a time, with the answer's size.
 * Prints median and p90; asserts nothing about time.
 *
 *   npm run build:web && npx tsx bench/allocation-compare-page.bench.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/server/core/config.js';
import type { Database } from '../src/server/core/db.js';
import { seedDemoAllocation } from '../src/server/modules/allocation/demo/seed-demo-allocation.js';
import { scopes } from '../src/server/modules/identity/identity.schema.js';
import { startServer } from '../src/server/runtime.js';
import { buildUser } from '../src/server/testing/factories.js';
import { importNrwSchools, logIn, onPglite, positiveInt } from './support.js';

const RUNS = positiveInt('BENCH_RUNS', 10);
const API_RUNS = 20;
const webDir = './dist/web';
const stufeAlsFaktor = { '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6', '7': '7', '8': '8', '9': '9' };

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const fmt = (xs: number[]) => `median ${percentile(xs, 50).toFixed(0)} ms, p90 ${percentile(xs, 90).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;

// Strings, so that the loader's helpers (tsx names functions) do not end up in the page.
const visibleCheck = `(() => {
  const row = document.querySelector('.app-cmp-schools tbody tr');
  const chart = document.querySelector('.app-cmp-chart svg[role="img"]');
  return Boolean(row && chart && row.getBoundingClientRect().height > 0 && chart.getBoundingClientRect().height > 0);
})()`;
const timings = `(() => {
  const api = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/verteilung/vergleich'));
  return { visible: performance.now(), apiStart: api ? api.startTime : NaN, apiEnd: api ? api.responseEnd : NaN };
})()`;

/** Clicks, then waits until the status line shows `text`; the time in the page between both. */
async function timedUntil(page: Page, act: () => Promise<void>, done: string): Promise<number> {
  await page.evaluate(`window.__benchStart = performance.now()`);
  await act();
  await page.waitForFunction(`document.querySelector('.app-cmp-count')?.textContent === ${JSON.stringify(done)}`, undefined, { timeout: 60_000 });
  return (await page.evaluate(`performance.now() - window.__benchStart`)) as number;
}

async function run(database: Database): Promise<void> {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error('dist/web fehlt: erst npm run build:web ausführen');
  await importNrwSchools('PGlite', database.db);
  const [nrw] = await database.db.select().from(scopes).where(eq(scopes.code, '05'));
  const user = await buildUser(database.db, { role: 'landeskoordination', scopeId: nrw!.id });
  let t0 = Date.now();
  await seedDemoAllocation({ db: database.db, scopes: { nrw: nrw!.id }, users: { land: user.id } });
  console.log(`  NRW demo scenario computed and saved in ${Date.now() - t0} ms`);

  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', STRANG_DATA_DIR: 'memory://', STRANG_WEB_DIR: webDir, LOG_LEVEL: 'warn' });
  const running = await startServer(config, { logger: false, database });
  const base = running.url.replace('localhost', '127.0.0.1');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--lang=de-DE'] });
  try {
    const { cookie, csrfToken } = await logIn(base, user.email);
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const list = (await (await fetch(`${base}/api/verteilung/szenarien`, { headers })).json()) as { items: { id: string; name: string; schulen: number }[] };
    const demo = list.items.find((s) => s.name.startsWith('NRW: 6.315 Stellen'))!;
    t0 = Date.now();
    const created = await fetch(`${base}/api/verteilung/szenarien`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        scopeId: nrw!.id,
        name: 'NRW: Variante 50/50 nach Sainte-Laguë',
        beschreibung: null,
        modell: { summe: 6315, einheit: '1', verfahren: 'sainte-lague', gewichtung: { art: 'sockel-index', sockelProzent: 50, faktoren: stufeAlsFaktor } },
      }),
    });
    if (created.status !== 201) throw new Error(`create ${created.status}: ${(await created.text()).slice(0, 300)}`);
    const variant = (await created.json()) as { id: string; schulen: number };
    console.log(`  variant computed and saved through the API in ${Date.now() - t0} ms (${variant.schulen.toLocaleString('de-DE')} and ${demo.schulen.toLocaleString('de-DE')} schools)`);

    // The API alone, one request at a time (after two warm-up requests).
    const apiUrl = `${base}/api/verteilung/vergleich?ids=${demo.id},${variant.id}`;
    const apiTimes: number[] = [];
    let bytes = 0;
    let schools = 0;
    let changed = 0;
    for (let i = 0; i < API_RUNS + 2; i++) {
      const t = performance.now();
      const res = await fetch(apiUrl, { headers: { cookie } });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`vergleich ${res.status}: ${text.slice(0, 300)}`);
      if (i >= 2) apiTimes.push(performance.now() - t);
      bytes = text.length;
      const parsed = JSON.parse(text) as { schulen: { differenzen: number[] }[] };
      schools = parsed.schulen.length;
      changed = parsed.schulen.filter((s) => s.differenzen.some((d) => d !== 0)).length;
    }

    const pageUrl = `/ressourcen/vergleich?ids=${demo.id},${variant.id}`;
    const total = schools.toLocaleString('de-DE');
    const visible: number[] = [];
    const apiArrived: number[] = [];
    const afterApi: number[] = [];
    const apiInPage: number[] = [];
    const filterTimes: number[] = [];
    const sortTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // waitForFunction evaluates its predicate in the page, which the app's CSP forbids; the page itself is unchanged.
      const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
      await context.addCookies([{ name: 'strang_session', value: cookie.split('=')[1]!, url: base }]);
      const page = await context.newPage();
      await page.goto(pageUrl);
      await page.waitForFunction(visibleCheck, undefined, { timeout: 120_000, polling: 'raf' });
      const m = (await page.evaluate(timings)) as { visible: number; apiStart: number; apiEnd: number };
      visible.push(m.visible);
      apiArrived.push(m.apiEnd);
      apiInPage.push(m.apiEnd - m.apiStart);
      afterApi.push(m.visible - m.apiEnd);
      filterTimes.push(await timedUntil(page, () => page.getByLabel(/^Nur Schulen mit Unterschied/).check(), `${changed.toLocaleString('de-DE')} von ${total} Schulen`));
      await page.getByLabel(/^Nur Schulen mit Unterschied/).uncheck();
      await page.waitForFunction(`document.querySelector('.app-cmp-count')?.textContent === ${JSON.stringify(`${total} von ${total} Schulen`)}`);
      const sortStart = (await page.evaluate(`performance.now()`)) as number;
      await page.getByRole('button', { name: /^Unterschied B/ }).click();
      await page.waitForFunction(`document.querySelector('th[aria-sort] .app-cmp-sort')?.textContent?.startsWith('Unterschied')`, undefined, { polling: 'raf' });
      sortTimes.push(((await page.evaluate(`performance.now()`)) as number) - sortStart);
      if (i === 0) {
        fs.mkdirSync('/tmp/shots', { recursive: true });
        await page.screenshot({ path: '/tmp/shots/bench-compare-nrw.png' });
      }
      await context.close();
    }

    console.log(`\n== /ressourcen/vergleich: NRW demo scenario and variant, ${total} schools (${changed.toLocaleString('de-DE')} with a difference), answer ${(bytes / 1e6).toFixed(2)} MB`);
    console.log(`   API      GET /api/verteilung/vergleich, one at a time (${API_RUNS} runs): ${fmt(apiTimes)}`);
    console.log(`   Chromium navigation start → school table and chart visible (${RUNS} runs, fresh context each): ${fmt(visible)}`);
    console.log(`            comparison arrived at ${fmt(apiArrived)}`);
    console.log(`            of which the request itself (in the page): ${fmt(apiInPage)}`);
    console.log(`            from data arrived to table and chart visible: ${fmt(afterApi)}`);
    console.log(`            "only schools with a difference" ticked → table updated: ${fmt(filterTimes)}`);
    console.log(`            sort by "Unterschied B zu A" over all schools → table updated: ${fmt(sortTimes)}`);
  } finally {
    await browser.close();
    await running.app.close();
  }
}

await onPglite('strang-bench-compare-page-', run);
