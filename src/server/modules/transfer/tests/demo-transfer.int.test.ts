import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLuecken, modellKommunen, praxisbeispiele as demoPraxis } from '../../../../domain/transfer/content/index.js';
import { DEMO_PASSWORD, seedDemo } from '../../../seed/demo.js';
import { createTestApp, login, type Session, type TestApp } from '../../../testing/test-app.js';
import { netzwerke } from '../../networks/networks.schema.js';
import { DEMO_LERNNETZWERK } from '../demo/seed-demo-transfer.js';
import { bodyOf, transferApi, type Matches, type PraxisKopf, type Raster, type Seite, type TransferApi, type Vorschlaege } from './support.js';

let t: TestApp;
let v: TransferApi;
let counts: { first: Record<string, number>; second: Record<string, number> };
let koordination: Session;
let lesend: Session;
let netzwerkId: string;

const scalar = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
const count = async () => ({
  netzwerke: await scalar(sql`select count(*)::int as n from netzwerke where name = ${DEMO_LERNNETZWERK}`),
  netzwerkKommunen: await scalar(sql`select count(*)::int as n from netzwerk_kommunen nk join netzwerke n on n.id = nk.netzwerk_id where n.name = ${DEMO_LERNNETZWERK}`),
  kommunen: await scalar(sql`select count(*)::int as n from kommunen`),
  praxisbeispiele: await scalar(sql`select count(*)::int as n from praxisbeispiele`),
  praxisKontext: await scalar(sql`select count(*)::int as n from praxis_kontext`),
  luecken: await scalar(sql`select count(*)::int as n from luecken`),
  transfers: await scalar(sql`select count(*)::int as n from transfers`),
  kontextFragen: await scalar(sql`select count(*)::int as n from kontext_fragen`),
  audit: await scalar(sql`select count(*)::int as n from audit_log where action = 'demo.lernnetzwerk_created'`),
});

beforeAll(async () => {
  t = await createTestApp();
  v = transferApi(t.app);
  await seedDemo(t.database.db);
  const first = await count();
  await seedDemo(t.database.db);
  counts = { first, second: await count() };
  koordination = await login(t.app, 'koordination@demo.strang.de', DEMO_PASSWORD);
  lesend = await login(t.app, 'lesend@demo.strang.de', DEMO_PASSWORD);
  const [row] = await t.database.db.select({ id: netzwerke.id }).from(netzwerke).where(eq(netzwerke.name, DEMO_LERNNETZWERK));
  netzwerkId = row!.id;
}, 600_000);
afterAll(async () => t?.close());

describe('the demo learning network', () => {
  it('is written once: 19 Kommunen (the 18 model municipalities and Köln), 60 practices, 40 gaps; a second seed adds nothing', () => {
    expect(counts.second).toEqual(counts.first);
    expect(counts.first).toMatchObject({ netzwerke: 1, netzwerkKommunen: 19, praxisbeispiele: 60, luecken: 40, transfers: 0, kontextFragen: 120, audit: 1 });
    expect(modellKommunen).toHaveLength(18);
    expect(demoPraxis).toHaveLength(60);
    expect(demoLuecken).toHaveLength(40);
  });

  it('keeps every context answer of the practices (each names a question of the catalogue)', () => {
    const answers = demoPraxis.reduce((n, p) => n + p.kontext.length, 0);
    expect(answers).toBeGreaterThan(0);
    expect(counts.first.praxisKontext).toBe(answers);
  });

  it('shows the demo coordination of Köln the Matches of the network: every open gap, proposals from the network only', async () => {
    const started = performance.now();
    const res = await v.matches(koordination, netzwerkId);
    const ms = performance.now() - started;
    const m = bodyOf<Matches>(res);
    console.log(`GET /api/transfer/netzwerke/:id/matches (demo: ${m.items.length} gaps, 60 practices): ${ms.toFixed(0)} ms on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);

    expect(m.netzwerk).toEqual({ id: netzwerkId, name: DEMO_LERNNETZWERK });
    expect(m.kommunen).toHaveLength(19);
    const names = m.kommunen.map((k) => k.name);
    expect(names).toEqual(expect.arrayContaining(['Köln', 'Arnsberg', 'Dortmund', 'Gelsenkirchen', 'Münster', ...modellKommunen.filter((k) => k.art !== 'kreis').map((k) => k.name)]));
    const inNetwork = new Set(m.kommunen.map((k) => k.id));

    expect(m.items).toHaveLength(demoLuecken.filter((g) => g.status !== 'geloest').length);
    expect(m.items.every((i) => i.luecke.status !== 'geloest' && inNetwork.has(i.luecke.kommune.id))).toBe(true);
    let withProposals = 0;
    for (const { luecke, vorschlaege } of m.items) {
      expect(vorschlaege.length).toBeLessThanOrEqual(5);
      if (vorschlaege.length) withProposals++;
      expect(vorschlaege.map((p) => p.rang)).toEqual(vorschlaege.map((_, i) => i + 1));
      for (const p of vorschlaege) {
        expect(p.praxis.kommune.id, `${luecke.beschreibung} ← ${p.praxis.titel}`).not.toBe(luecke.kommune.id);
        expect(inNetwork.has(p.praxis.kommune.id)).toBe(true);
        expect(p.gruende.length).toBeGreaterThan(0);
      }
    }
    expect(withProposals).toBe(m.items.length);
    expect(m.items.filter((i) => i.vorschlaege[0]!.gruende[0]!.startsWith('Passt inhaltlich: „')).length).toBeGreaterThan(m.items.length * 0.8);

    // The steering group of Köln sees the same.
    expect(bodyOf<Matches>(await v.matches(lesend, netzwerkId))).toEqual(m);
  });

  it('lets Köln read the grids of the network, propose practices per gap and search the library', async () => {
    const m = bodyOf<Matches>(await v.matches(koordination, netzwerkId));
    const dortmund = m.kommunen.find((k) => k.name === 'Dortmund')!;
    const raster = bodyOf<Raster>(await v.raster(koordination, dortmund.id));
    expect(raster.darfBearbeiten).toBe(false);
    expect(raster.items).toHaveLength(demoLuecken.filter((g) => g.kommune === 'dortmund').length);
    const koeln = m.kommunen.find((k) => k.name === 'Köln')!;
    expect(bodyOf<Raster>(await v.raster(koordination, koeln.id)).darfBearbeiten).toBe(true);

    const r = bodyOf<Vorschlaege>(await v.vorschlaege(koordination, raster.items[0]!.id));
    expect(r.items.length).toBeGreaterThanOrEqual(1);
    expect(r.items.length).toBeLessThanOrEqual(5);
    expect(r.items.every((p) => p.praxis.kommune.id !== dortmund.id)).toBe(true);

    const all = bodyOf<Seite<PraxisKopf>>(await v.suche(koordination, { netzwerkId, pageSize: 100 }));
    expect(all.total).toBe(60);
    const hits = bodyOf<Seite<PraxisKopf>>(await v.suche(koordination, { q: 'Familien', pageSize: 100 }));
    expect(hits.total).toBeGreaterThan(0);
    expect(hits.total).toBeLessThan(60);
  });
});
