import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchulErklaerung, Szenario, Vergleich } from '../../../../domain/allocation/contracts.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { api, bodyOf, buildAllocationWorld, einsen, grundschulModell, linear, type AllocationWorld } from './support.js';

let t: TestApp;
let w: AllocationWorld;
let v: ReturnType<typeof api>;
/** 7 positions over the Grundschulen by pupils × level: 0 / 1 / 3 / 3. */
let s1: Szenario;
/** 7 positions over every school by level alone, schools without index as level 5: 0 / 1 / 2 / 1 / 1 / 2. */
let s2: Szenario;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildAllocationWorld(t.app, t.database.db);
  v = api(t.app);
  s1 = bodyOf<Szenario>(await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'Nach Schülerzahl', modell: grundschulModell({ summe: 7 }) }), 201);
  s2 = bodyOf<Szenario>(
    await v.create(w.people.koordination, {
      scopeId: w.musterstadt.id,
      name: 'Nach Stufe',
      modell: { summe: 7, einheit: '1', verfahren: 'hare-niemeyer', auswahl: { ohneSozialindex: 5 }, gewichtung: { art: 'stufe', faktoren: linear } },
    }),
    201,
  );
});
afterAll(async () => t?.close());

describe('comparing scenarios', () => {
  it('shows per school the amount in each and the difference to the first', async () => {
    const c = bodyOf<Vergleich>(await v.compare(w.people.lesend, `${s1.id},${s2.id}`));
    expect(c.szenarien.map((s) => [s.name, s.versionNummer, s.summe])).toEqual([
      ['Nach Schülerzahl', 1, 7],
      ['Nach Stufe', 1, 7],
    ]);
    const rows = Object.fromEntries(c.schulen.map((r) => [r.name, [r.mengen, r.differenzen]]));
    expect(rows).toEqual({
      'Grundschule Am Anger': [[0, 0], [0, 0]],
      'Grundschule Am Bach': [[1, 1], [0, 0]],
      'Grundschule Christophorus': [[3, 2], [0, -1]],
      'Grundschule Dorfmitte': [[null, 1], [0, 1]],
      'Gymnasium Eichenweg': [[null, 1], [0, 1]],
      'Grundschule Feldrain': [[3, 2], [0, -1]],
    });
    // Sorted by Kommune and name for reading.
    expect(c.schulen.map((r) => r.name)).toEqual([...c.schulen.map((r) => r.name)].sort((a, b) => a.localeCompare(b, 'de')));
  });

  it('sums per Sozialindex level with the amount per pupil for the chart', async () => {
    const c = bodyOf<Vergleich>(await v.compare(w.people.lesend, `${s1.id},${s2.id}`));
    expect(c.stufen.map((l) => ({ ...l, proSchueler: l.proSchueler.map((x) => (x === null ? null : Number(x.toFixed(6)))) }))).toEqual([
      { sozialindex: 1, schulen: 1, schueler: 100, summen: [0, 0], differenzen: [0, 0], proSchueler: [0, 0] },
      { sozialindex: 3, schulen: 1, schueler: 800, summen: [0, 1], differenzen: [0, 1], proSchueler: [0, 0.00125] },
      { sozialindex: 5, schulen: 1, schueler: 200, summen: [1, 1], differenzen: [0, 0], proSchueler: [0.005, 0.005] },
      { sozialindex: 9, schulen: 2, schueler: 600, summen: [6, 4], differenzen: [0, -2], proSchueler: [0.01, 0.006667] },
      { sozialindex: null, schulen: 1, schueler: 150, summen: [0, 1], differenzen: [0, 1], proSchueler: [0, 0.006667] },
    ]);
  });

  it('compares versions of one scenario and three scenarios at once', async () => {
    const s = bodyOf<Szenario>(await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'Wird geändert', modell: grundschulModell({ summe: 7 }) }), 201);
    bodyOf(await v.update(w.people.koordination, s.id, { name: 'Wird geändert', modell: grundschulModell({ summe: 8 }), version: 1 }));
    const c = bodyOf<Vergleich>(await v.compare(w.people.koordination, `${s.id}:1,${s.id},${s2.id}`));
    expect(c.szenarien.map((x) => [x.id, x.versionNummer, x.summe])).toEqual([
      [s.id, 1, 7],
      [s.id, 2, 8],
      [s2.id, 1, 7],
    ]);
    expect(c.stufen.map((l) => l.summen.reduce((a, b) => a + b, 0))).toEqual(expect.any(Array));
    expect(c.stufen.reduce((a, l) => a + l.summen[1]!, 0)).toBe(8);
  });

  it('reads across scopes: a Kommune scenario next to a Land scenario', async () => {
    const land = bodyOf<Szenario>(
      await v.create(w.people.land, { scopeId: w.land.id, name: 'Land', modell: { summe: 10, einheit: '1', verfahren: 'dhondt', gewichtung: { art: 'stufe', faktoren: einsen } } }),
      201,
    );
    const c = bodyOf<Vergleich>(await v.compare(w.people.land, `${s1.id},${land.id}`));
    expect(c.schulen).toHaveLength(7);
    expect(c.schulen.find((r) => r.name === 'Hauptschule Hafen')!.mengen[0]).toBeNull();
    // Members of Musterstadt read the Land scenario too (it covers their Kommune).
    expect((await v.compare(w.people.lesend, `${s1.id},${land.id}`)).statusCode).toBe(200);
    // Nachbarstadt reads the Land scenario but not Musterstadt's.
    expect((await v.compare(w.people.nachbar, `${s1.id},${land.id}`)).statusCode).toBe(404);
  });
});

describe("a school's explanation", () => {
  it('gives weight, share, quota and rounding as data and as plain German', async () => {
    const e = bodyOf<SchulErklaerung>(await v.explain(w.people.schulleitung, s1.id, w.schulen.b.id));
    expect(e.szenario).toEqual({ id: s1.id, name: 'Nach Schülerzahl', versionNummer: 1 });
    expect(e.schule).toMatchObject({
      name: 'Grundschule Am Bach',
      sozialindex: 5,
      stufe: 5,
      schueler: 200,
      faktor: '5',
      gewicht: '1000',
      anteilProzent: '15.384615',
      quote: '1.076923',
      anspruch: '1.076923076923',
      rest: '0.076923076923',
      restRang: 4,
      restEinheit: false,
      einheiten: 1,
      menge: 1,
      begrenzung: null,
      gleichstand: false,
      losGewonnen: null,
    });
    expect(e.gesamt).toMatchObject({ summe: 7, einheit: '1', einheiten: 7, schulen: 4, summeGewichte: '6500', divisor: null });
    expect(e.gleichstand).toBeNull();
    expect(e.erklaerung).toEqual([
      'Verteilt werden 7 Stellen (7 Einheiten) nach Hare-Niemeyer (größter Rest) auf 4 Schulen in Musterstadt.',
      'Die Schule hat den Sozialindex 5 (Faktor 5) und 200 Schüler:innen. Ihr Gewicht ist 200 × 5 = 1.000.',
      'Das ist ein Anteil von 15,3846 % am Gewicht aller berücksichtigten Schulen (zusammen 6.500).',
      'Rechnerisch stehen der Schule 7 Stellen × 15,3846 % = 1,0769 Stellen zu (ihre Quote).',
      'Nach Hare-Niemeyer erhält jede Schule zuerst die ganzen Einheiten ihres Anspruchs von 1,0769 Einheiten, hier 1 Einheit; die übrigen Einheiten gehen an die größten Reste.',
      'Ihr Rest von 0,0769 steht auf Rang 4 und reicht nicht für eine weitere Einheit.',
      'Ergebnis: 1 Stelle (1 Einheit; Abweichung von der Quote: −0,0769).',
    ]);
  });

  it('explains a school without Sozialindex treated as a level, and a remainder that brings a unit', async () => {
    const e = bodyOf<SchulErklaerung>(await v.explain(w.people.lesend, s2.id, w.schulen.d.id));
    expect(e.schule).toMatchObject({ sozialindex: null, stufe: 5, einheiten: 1 });
    expect(e.erklaerung[1]).toBe('Die Schule hat keinen Sozialindex und wird wie Stufe 5 behandelt; jede Schule dieser Stufe zählt mit dem Faktor 5. Das ist ihr Gewicht.');
    const eiche = bodyOf<SchulErklaerung>(await v.explain(w.people.lesend, s2.id, w.schulen.e.id));
    expect(eiche.erklaerung).toContain('Ihr Rest von 0,6563 steht auf Rang 3 und bringt eine weitere Einheit.');
  });

  it('explains a tie decided by the recorded draw', async () => {
    const s = bodyOf<Szenario>(await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'Mit Los', modell: grundschulModell({ seed: 'steuergruppe' }) }), 201);
    const [c, f] = await Promise.all([w.schulen.c.id, w.schulen.f.id].map(async (id) => bodyOf<SchulErklaerung>(await v.explain(w.people.lesend, s.id, id))));
    for (const e of [c!, f!]) {
      expect(e.gleichstand).toMatchObject({ einheiten: 1, wert: '0.492307692308' });
      expect(e.gleichstand!.schuleIds.sort()).toEqual([w.schulen.c.id, w.schulen.f.id].sort());
      expect(e.gesamt.seed).toBe('steuergruppe');
      const sentence = e.erklaerung.find((x) => x.startsWith('Die Schule hatte genau denselben Anspruch'))!;
      expect(sentence).toBe(
        `Die Schule hatte genau denselben Anspruch wie eine andere Schule auf die letzte Einheit. Das Los mit dem Startwert „steuergruppe“ hat ${e.schule.losGewonnen ? 'für' : 'gegen'} sie entschieden; mit demselben Startwert fällt es immer gleich aus.`,
      );
    }
    expect([c!.schule.losGewonnen, f!.schule.losGewonnen].sort()).toEqual([false, true]);
  });

  it('explains the NRW-like base and index shares, divisor methods and bounds', async () => {
    const s = bodyOf<Szenario>(
      await v.create(w.people.koordination, {
        scopeId: w.musterstadt.id,
        name: 'Sockel und Index',
        modell: { summe: 10, einheit: '0.5', verfahren: 'sainte-lague', auswahl: { schulformen: ['Grundschule'] }, gewichtung: { art: 'sockel-index', sockelProzent: 30, faktoren: linear }, untergrenze: 1 },
      }),
      201,
    );
    const anger = bodyOf<SchulErklaerung>(await v.explain(w.people.lesend, s.id, w.schulen.a.id));
    // 30 % of 10 positions = 3 by pupils: 100 of 900 pupils → 0.3333; 70 % = 7 by pupils × level: 100 of 6500 → 0.1077.
    expect(anger.schule).toMatchObject({ quoteSockel: '0.333333', quoteIndex: '0.107692', quote: '0.441026', begrenzung: 'untergrenze', menge: 1, einheiten: 2 });
    expect(anger.erklaerung).toEqual(
      expect.arrayContaining([
        '30 % der Summe (3 Stellen) werden nach der Schülerzahl verteilt; daraus stehen der Schule 0,3333 Stellen zu.',
        '70 % (7 Stellen) werden nach der Schülerzahl mal dem Faktor der Stufe verteilt (100 × 1); daraus stehen der Schule 0,1077 Stellen zu.',
        'Die Untergrenze von 1 Stelle je Schule hebt die Zuteilung von 1 Einheit auf 2 Einheiten.',
        'Ergebnis: 1 Stelle (2 Einheiten; Abweichung von der Quote: +0,559).',
      ]),
    );
    expect(anger.erklaerung[0]).toBe('Verteilt werden 10 Stellen (20 Einheiten zu je 0,5 Stellen) nach Sainte-Laguë/Schepers auf 4 Schulen in Musterstadt.');
    const bach = bodyOf<SchulErklaerung>(await v.explain(w.people.lesend, s.id, w.schulen.b.id));
    expect(bach.gesamt.divisor).not.toBeNull();
    expect(bach.erklaerung.some((x) => x.startsWith('Nach Sainte-Laguë/Schepers wird das Gewicht durch den Divisor'))).toBe(true);
    expect(s.ergebnis.schulen.reduce((a, x) => a + x.menge, 0)).toBe(10);
  });

  it('explains an older version on request', async () => {
    const s = bodyOf<Szenario>(await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'Alt und neu', modell: grundschulModell({ summe: 7 }) }), 201);
    bodyOf(await v.update(w.people.koordination, s.id, { name: 'Alt und neu', modell: grundschulModell({ summe: 14 }), version: 1 }));
    expect(bodyOf<SchulErklaerung>(await v.explain(w.people.lesend, s.id, w.schulen.b.id)).schule.einheiten).toBe(2);
    const old = bodyOf<SchulErklaerung>(await v.explain(w.people.lesend, s.id, w.schulen.b.id, '?version=1'));
    expect(old.szenario.versionNummer).toBe(1);
    expect(old.schule.einheiten).toBe(1);
  });
});
