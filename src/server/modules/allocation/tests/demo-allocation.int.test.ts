import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchulErklaerung, Szenario, SzenarioKopf, Vergleich } from '../../../../domain/allocation/contracts.js';
import { DEMO_PASSWORD, DEMO_SCHULNUMMER, seedDemo } from '../../../seed/demo.js';
import { createTestApp, login, type Session, type TestApp } from '../../../testing/test-app.js';
import { schulen } from '../../directory/directory.schema.js';
import { api, bodyOf } from './support.js';

let t: TestApp;
let counts: number[];
let lesend: Session;
let land: Session;
let v: ReturnType<typeof api>;

const count = async () => {
  const res = await t.database.db.execute(sql`select (select count(*) from verteilung_szenarien)::int as s, (select count(*) from verteilung_versionen)::int as v`);
  const row = (res as unknown as { rows: { s: number; v: number }[] }).rows[0]!;
  return [row.s, row.v];
};

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db);
  const first = await count();
  await seedDemo(t.database.db);
  counts = [...first, ...(await count())];
  lesend = await login(t.app, 'lesend@demo.strang.de', DEMO_PASSWORD);
  land = await login(t.app, 'land@demo.strang.de', DEMO_PASSWORD);
  v = api(t.app);
}, 600_000);
afterAll(async () => t?.close());

const findByName = async (session: Session, name: string) => {
  const items = bodyOf<{ items: SzenarioKopf[] }>(await v.list(session)).items;
  const kopf = items.find((s) => s.name === name);
  expect(kopf, `${name} in ${items.map((s) => s.name).join(', ')}`).toBeDefined();
  return bodyOf<Szenario>(await v.get(session, kopf!.id));
};

describe('demo scenarios on the real NRW schools', () => {
  it('are written once', () => {
    expect(counts).toEqual([3, 3, 3, 3]);
  });

  it('distribute 40 FTE school social work in halves over the Grundschulen of Köln', async () => {
    const s = await findByName(lesend, 'Köln: 40 FTE Schulsozialarbeit über die Grundschulen');
    expect(s).toMatchObject({ scopeName: 'Köln', scopeTyp: 'kommune', summe: 40, einheit: '0.5', darfBearbeiten: false });
    const { ergebnis } = s;
    expect(ergebnis.einheiten).toBe(80);
    expect(ergebnis.schulen.length).toBeGreaterThan(100);
    expect(ergebnis.schulen.every((r) => r.schulform === 'Grundschule' && r.kommuneName === 'Köln')).toBe(true);
    expect(ergebnis.schulen.reduce((a, r) => a + r.menge, 0)).toBe(40);
    expect(ergebnis.schulen.every((r) => r.menge <= 1.5 && Number.isInteger(r.menge * 2))).toBe(true);
    // More per pupil where the Sozialindex is higher.
    const perPupil = (lo: number, hi: number) => {
      const rows = ergebnis.schulen.filter((r) => r.sozialindex! >= lo && r.sozialindex! <= hi);
      return rows.reduce((a, r) => a + r.menge, 0) / rows.reduce((a, r) => a + r.schueler!, 0);
    };
    expect(perPupil(7, 9)).toBeGreaterThan(perPupil(1, 3));
    const [demoSchool] = await t.database.db.select({ id: schulen.id }).from(schulen).where(eq(schulen.schulnummer, DEMO_SCHULNUMMER));
    const e = bodyOf<SchulErklaerung>(await v.explain(lesend, s.id, demoSchool!.id));
    expect(e.erklaerung[0]).toMatch(/^Verteilt werden 40 Stellen \(80 Einheiten zu je 0,5 Stellen\) nach Hare-Niemeyer \(größter Rest\) auf \d+ Schulen in Köln\.$/);
    expect(e.erklaerung.at(-1)).toMatch(/^Ergebnis: /);
  });

  it('distribute 6,315 positions over every NRW school with Sozialindex, 30 % by pupils and 70 % by index-weighted pupils', async () => {
    const s = await findByName(land, 'NRW: 6.315 Stellen über alle Schulen mit Sozialindex');
    expect(s).toMatchObject({ scopeName: 'Nordrhein-Westfalen', scopeTyp: 'land', summe: 6315, einheit: '1', schulen: 4142 });
    expect(s.modell.gewichtung).toMatchObject({ art: 'sockel-index', sockelProzent: 30 });
    expect(s.ergebnis.schulen.reduce((a, r) => a + r.einheiten, 0)).toBe(6315);
    expect(s.ergebnis.ausgeschlossen).toEqual([{ grund: 'ohne-sozialindex', anzahl: 1265 }]);
    // The base share (by pupils) is 30 % of the pool over all schools.
    const sockel = s.ergebnis.schulen.reduce((a, r) => a + Number(r.quoteSockel), 0);
    expect(sockel).toBeCloseTo(1894.5, 2);
    // Members of Köln read the Land scenario and compare it with Köln's.
    const koeln = await findByName(lesend, 'Köln: 40 FTE Schulsozialarbeit über die Grundschulen');
    const c = bodyOf<Vergleich>(await v.compare(lesend, `${koeln.id},${s.id}`));
    // Köln's Grundschulen with Sozialindex are among the NRW schools.
    expect(c.schulen).toHaveLength(4142);
    expect(c.stufen.map((l) => l.sozialindex)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
