import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Szenario } from '../../../../domain/allocation/contracts.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { api, bodyOf, buildAllocationWorld, einsen, expectProblem, fieldsOf, grundschulModell, linear, UNKNOWN_ID, type AllocationWorld } from './support.js';

let t: TestApp;
let w: AllocationWorld;
let v: ReturnType<typeof api>;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildAllocationWorld(t.app, t.database.db);
  v = api(t.app);
});
afterAll(async () => t?.close());

async function scenarioCount(): Promise<number> {
  const res = await t.database.db.execute(sql`select (select count(*) from verteilung_szenarien) + (select count(*) from verteilung_versionen) as n`);
  return Number((res as unknown as { rows: { n: number | string }[] }).rows[0]!.n);
}

/** Creating and previewing refuse the model with this field and message, and nothing is written. */
async function refused(modell: Record<string, unknown>, field: string, message: string | RegExp, scopeId = w.musterstadt.id, session = w.people.koordination) {
  const before = await scenarioCount();
  for (const res of [await v.create(session, { scopeId, name: 'Fehlerhaft', modell }), await v.preview(session, { scopeId, modell })]) {
    const problem = expectProblem(res, 400, 'validation_failed');
    const error = problem.errors!.find((e) => e.field === field);
    expect(error, `${field} in ${JSON.stringify(problem.errors)}`).toBeDefined();
    if (typeof message === 'string') expect(error!.message).toBe(message);
    else expect(error!.message).toMatch(message);
    expect(problem.detail).toContain(field);
  }
  expect(await scenarioCount()).toBe(before);
}

describe('a model the contract refuses', () => {
  it('needs the pool as a multiple of the unit', async () => {
    await refused(grundschulModell({ summe: 40.25, einheit: '0.5' }), 'modell.summe', 'Die Summe muss ein Vielfaches von 0,5 sein (die Einheit).');
    await refused(grundschulModell({ summe: 10000.5, einheit: 'euro' }), 'modell.summe', 'Die Summe muss ein Vielfaches ganzer Euro sein (die Einheit).');
    await refused(grundschulModell({ summe: 0 }), 'modell.summe', 'Die Summe muss größer als 0 sein.');
    await refused(grundschulModell({ summe: -5 }), 'modell.summe', 'Die Summe darf nicht negativ sein.');
    await refused(grundschulModell({ summe: 'vierzig' }), 'modell.summe', 'Die Summe muss eine Zahl sein.');
  });

  it('wants the floor at most the cap, both multiples of the unit', async () => {
    await refused(grundschulModell({ untergrenze: 2, obergrenze: 1 }), 'modell.untergrenze', 'Die Untergrenze darf nicht größer als die Obergrenze sein.');
    await refused(grundschulModell({ einheit: '0.5', untergrenze: 0.25 }), 'modell.untergrenze', 'Die Untergrenze muss ein Vielfaches von 0,5 sein (die Einheit).');
  });

  it('names bad factors, weightings, methods and units', async () => {
    await refused(grundschulModell({ gewichtung: { art: 'schueler-stufe', faktoren: { ...linear, '3': 'drei' } } }), 'modell.gewichtung.faktoren.3', /Dezimalzahl/);
    await refused(grundschulModell({ gewichtung: { art: 'schueler-stufe', faktoren: { ...linear, '4': '0' } } }), 'modell.gewichtung.faktoren.4', 'Der Faktor muss größer als 0 sein.');
    await refused(grundschulModell({ gewichtung: { art: 'sockel-index', sockelProzent: 101, faktoren: linear } }), 'modell.gewichtung.sockelProzent', /0 bis 100/);
    await refused(grundschulModell({ gewichtung: { art: 'zufall', faktoren: linear } }), 'modell.gewichtung.art', /stufe, schueler-stufe oder sockel-index/);
    await refused(grundschulModell({ verfahren: 'losen' }), 'modell.verfahren', 'Das Verfahren muss hare-niemeyer, sainte-lague oder dhondt sein.');
    await refused(grundschulModell({ einheit: '0.1' }), 'modell.einheit', 'Die Einheit muss 1, 0.5, 0.25 oder euro sein.');
    await refused(grundschulModell({ auswahl: { sozialindexVon: 8, sozialindexBis: 2 } }), 'modell.auswahl.sozialindexVon', 'Der Sozialindex „von“ darf nicht größer als „bis“ sein.');
    await refused(grundschulModell({ seed: 'mit Leerzeichen' }), 'modell.seed', /Startwert/);
  });
});

describe('a model the data refuse', () => {
  it('finds no eligible school and says why', async () => {
    await refused(
      grundschulModell({ auswahl: { schulformen: ['Gymnasium'], sozialindexVon: 5 } }),
      'modell.auswahl',
      'Keine Schule erfüllt die Auswahl (6 Schulen im Bereich; ausgeschlossen: 5 andere Schulform, 1 Sozialindex außerhalb des Bereichs).',
    );
    await refused(grundschulModell({ auswahl: { nurStartchancen: true, sozialindexBis: 5 } }), 'modell.auswahl', /Keine Schule erfüllt die Auswahl/);
  });

  it('knows no such Schulform', async () => {
    await refused(grundschulModell({ auswahl: { schulformen: ['Grundschule', 'Zauberschule'] } }), 'modell.auswahl.schulformen', 'Unbekannte Schulform: „Zauberschule“.');
  });

  it('keeps the choice of Kommunen inside the scope', async () => {
    await refused(grundschulModell({ auswahl: { kommuneIds: [w.nachbarstadt.id] } }), 'modell.auswahl.kommuneIds', 'Eine gewählte Kommune gehört nicht zum Bereich des Szenarios.');
    await refused(grundschulModell({ auswahl: { kommuneIds: [w.nachbarstadt.id, w.fremdstadt.id] } }), 'modell.auswahl.kommuneIds', /gehört nicht zum Bereich/, w.land.id, w.people.land);
    // Within the Land, any of its Kommunen may be chosen.
    const ok = bodyOf<Szenario>(await v.create(w.people.land, { scopeId: w.land.id, name: 'Nur Nachbarstadt', modell: grundschulModell({ summe: 2, auswahl: { kommuneIds: [w.nachbarstadt.id] } }) }), 201);
    expect(ok.ergebnis.schulen.map((s) => s.name).sort()).toEqual(['Grundschule Gartenweg', 'Hauptschule Hafen']);
    expect(ok.ergebnis.ausgeschlossen).toEqual([{ grund: 'kommune', anzahl: 6 }]);
  });

  it('cannot meet a floor or cap with this pool', async () => {
    await refused(grundschulModell({ untergrenze: 2 }), 'modell.untergrenze', 'Die Untergrenze von 2 Stellen für 4 Schulen braucht 8 Stellen, die Summe ist nur 6 Stellen.');
    await refused(grundschulModell({ obergrenze: 1 }), 'modell.obergrenze', 'Mit der Obergrenze von 1 Stelle für 4 Schulen lassen sich höchstens 4 Stellen verteilen, die Summe ist 6 Stellen.');
  });
});

describe('requests the routes refuse', () => {
  it('wants a Kommune or a Land that exists', async () => {
    expect(fieldsOf(expectProblem(await v.create(w.people.admin, { scopeId: UNKNOWN_ID, name: 'Irgendwo', modell: grundschulModell() }), 400))).toEqual(['scopeId']);
    const schule = expectProblem(await v.create(w.people.admin, { scopeId: w.schulen.a.id, name: 'Eine Schule', modell: grundschulModell() }), 400);
    expect(schule.errors).toEqual([{ field: 'scopeId', message: 'Ein Szenario gehört zu einer Kommune oder einem Land.' }]);
    expect(fieldsOf(expectProblem(await v.create(w.people.admin, { scopeId: 'nicht-eine-id', name: 'Kaputt', modell: grundschulModell() }), 400))).toEqual(['scopeId']);
  });

  it('names missing and unknown fields', async () => {
    const missing = expectProblem(await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'Ohne Modell' }), 400);
    expect(missing.errors).toEqual([{ field: 'modell', message: 'Das Feld „modell“ fehlt.' }]);
    const unknown = expectProblem(await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'Mit Extra', modell: grundschulModell(), extra: true }), 400);
    expect(unknown.errors![0]!.message).toBe('Unbekannte Felder: extra.');
    const short = expectProblem(await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'AB', modell: grundschulModell() }), 400);
    expect(short.errors).toEqual([{ field: 'name', message: 'Der Name muss mindestens 3 Zeichen lang sein.' }]);
    const noVersion = expectProblem(await v.update(w.people.koordination, UNKNOWN_ID, { name: 'Ohne Version', modell: grundschulModell() }), 400);
    expect(noVersion.errors).toEqual([{ field: 'version', message: 'Das Feld „version“ fehlt.' }]);
  });

  it('compares two to five distinct scenarios of one measure', async () => {
    const stellen = bodyOf<Szenario>(await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'In Stellen', modell: grundschulModell() }), 201);
    const euro = bodyOf<Szenario>(await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'In Euro', modell: grundschulModell({ einheit: 'euro', summe: 100000 }) }), 201);
    expect(expectProblem(await v.compare(w.people.koordination, stellen.id), 400).errors).toEqual([{ field: 'ids', message: 'Bitte mindestens zwei Szenarien zum Vergleich angeben.' }]);
    expect(expectProblem(await v.compare(w.people.koordination, `${stellen.id},${stellen.id}`), 400).errors![0]!.message).toBe('Jedes Szenario (und jede Version) darf nur einmal im Vergleich stehen.');
    expect(expectProblem(await v.compare(w.people.koordination, `${stellen.id},${euro.id}`), 400).errors![0]!.message).toBe('Szenarien in Stellen und in Euro lassen sich nicht vergleichen.');
    expect(expectProblem(await v.compare(w.people.koordination, `${stellen.id},abc`), 400).errors![0]!.field).toBe('ids');
    expectProblem(await v.compare(w.people.koordination, `${stellen.id},${UNKNOWN_ID}`), 404, 'not_found');
    expectProblem(await v.compare(w.people.koordination, `${stellen.id},${stellen.id}:9`), 404, 'not_found');
  });

  it('explains only schools of the scenario, at existing versions', async () => {
    const s = bodyOf<Szenario>(await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'Erklärbar', modell: grundschulModell() }), 201);
    const outside = expectProblem(await v.explain(w.people.lesend, s.id, w.schulen.e.id), 404, 'not_found');
    expect(outside.detail).toBe('Die Schule ist in diesem Szenario nicht berücksichtigt.');
    expectProblem(await v.explain(w.people.lesend, s.id, w.schulen.b.id, '?version=2'), 404, 'not_found');
    expect(fieldsOf(expectProblem(await v.explain(w.people.lesend, s.id, w.schulen.b.id, '?version=zwei'), 400))).toEqual(['version']);
  });

  it('refuses euros for a pool of positions counted in halves only where the numbers do not fit', async () => {
    const s = bodyOf<Szenario>(await v.preview(w.people.koordination, { scopeId: w.musterstadt.id, modell: grundschulModell({ einheit: '0.25', summe: 1.75, gewichtung: { art: 'stufe', faktoren: einsen } }) }));
    expect(s.ergebnis).toMatchObject({ einheiten: 7 });
    expect(s.ergebnis.schulen.reduce((a, x) => a + x.menge, 0)).toBe(1.75);
  });
});
