import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modellSchema, vergleichQuery, type Auswahl, type Faktoren } from './contracts.js';
import { checkModel, computeWeights, mengeText, parseFaktor, selectSchools, type SchoolRecord } from './model.js';
import { add, rational, type Rational } from './rational.js';

const K1 = '11111111-1111-4111-8111-111111111111';
const K2 = '22222222-2222-4222-8222-222222222222';

let seq = 0;
function school(overrides: Partial<SchoolRecord> = {}): SchoolRecord {
  seq++;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    schulnummer: String(100000 + seq),
    name: `Schule ${seq}`,
    schulform: 'Grundschule',
    kommuneId: K1,
    kommuneName: 'Köln',
    sozialindex: 5,
    schueler: 200,
    startchancen: false,
    schuljahr: '2024/25',
    ...overrides,
  };
}

const alle: Auswahl = { kommuneIds: [], schulformen: [], sozialindexVon: null, sozialindexBis: null, nurStartchancen: false, ohneSozialindex: 'ausschliessen' };
const linear: Faktoren = { '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6', '7': '7', '8': '8', '9': '9' };
const eq = (a: Rational, b: Rational) => a.n === b.n && a.d === b.d;

describe('factors', () => {
  it('reads decimals with point or comma exactly, scaled by 10,000', () => {
    expect(parseFaktor('1')).toBe(10_000n);
    expect(parseFaktor('1.25')).toBe(12_500n);
    expect(parseFaktor('0,0001')).toBe(1n);
    expect(parseFaktor('1000')).toBe(10_000_000n);
  });

  it('accepts German decimal commas in the contract and answers them with a point', () => {
    const m = modellSchema.parse({ summe: 40, einheit: '0.5', verfahren: 'dhondt', gewichtung: { art: 'stufe', faktoren: { ...linear, '3': '1,25' } } });
    expect(m.gewichtung.faktoren['3']).toBe('1.25');
    expect(m.auswahl).toEqual(alle);
    expect(m.untergrenze).toBeNull();
  });

  it.each([
    ['0', 'größer als 0'],
    ['-1', 'Dezimalzahl'],
    ['1.23456', 'vier Nachkommastellen'],
    ['1e3', 'Dezimalzahl'],
    ['1001', 'höchstens 1.000'],
  ])('refuses the factor %s', (faktor, message) => {
    const r = modellSchema.safeParse({ summe: 4, einheit: '1', verfahren: 'dhondt', gewichtung: { art: 'stufe', faktoren: { ...linear, '7': faktor } } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['gewichtung', 'faktoren', '7']);
    expect(r.error!.issues[0]!.message).toContain(message);
  });

  it('needs a factor for every level', () => {
    const { '9': _nine, ...eight } = linear;
    const r = modellSchema.safeParse({ summe: 4, einheit: '1', verfahren: 'dhondt', gewichtung: { art: 'stufe', faktoren: eight } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['gewichtung', 'faktoren', '9']);
  });
});

describe('the model contract', () => {
  const base = { summe: 40, einheit: '0.5', verfahren: 'hare-niemeyer', gewichtung: { art: 'stufe', faktoren: linear } };
  const issues = (input: object) => {
    const r = modellSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  };

  it('wants the pool, floor and cap as multiples of the unit', () => {
    expect(issues({ ...base, summe: 40.25 })).toEqual([{ path: 'summe', message: 'Die Summe muss ein Vielfaches von 0,5 sein (die Einheit).' }]);
    expect(issues({ ...base, einheit: 'euro', summe: 1000.5 })).toEqual([{ path: 'summe', message: 'Die Summe muss ein Vielfaches ganzer Euro sein (die Einheit).' }]);
    expect(issues({ ...base, einheit: '0.25', summe: 40.75, untergrenze: 0.3 })[0]!.path).toBe('untergrenze');
    expect(issues({ ...base, obergrenze: 1.25 })[0]!.path).toBe('obergrenze');
    expect(issues({ ...base, einheit: '0.25', summe: 0.75 })).toEqual([]);
  });

  it('refuses a floor above the cap, a zero pool and a reversed Sozialindex range', () => {
    expect(issues({ ...base, untergrenze: 2, obergrenze: 1 })).toEqual([{ path: 'untergrenze', message: 'Die Untergrenze darf nicht größer als die Obergrenze sein.' }]);
    expect(issues({ ...base, summe: 0 })[0]).toEqual({ path: 'summe', message: 'Die Summe muss größer als 0 sein.' });
    expect(issues({ ...base, obergrenze: 0 })[0]!.path).toBe('obergrenze');
    expect(issues({ ...base, auswahl: { sozialindexVon: 7, sozialindexBis: 3 } })).toEqual([{ path: 'auswahl.sozialindexVon', message: 'Der Sozialindex „von“ darf nicht größer als „bis“ sein.' }]);
  });

  it('knows the methods, units and weightings', () => {
    expect(issues({ ...base, verfahren: 'hamilton' })[0]!.message).toBe('Das Verfahren muss hare-niemeyer, sainte-lague oder dhondt sein.');
    expect(issues({ ...base, einheit: '0.1' })[0]!.message).toBe('Die Einheit muss 1, 0.5, 0.25 oder euro sein.');
    expect(issues({ ...base, gewichtung: { art: 'sockel-index', sockelProzent: 130, faktoren: linear } })[0]!.path).toBe('gewichtung.sockelProzent');
    expect(issues({ ...base, auswahl: { ohneSozialindex: 10 } })[0]!.path).toBe('auswahl.ohneSozialindex');
    expect(issues({ ...base, extra: 1 })[0]!.path).toBe('');
  });

  it('reads the comparison list with optional versions', () => {
    expect(vergleichQuery.parse({ ids: `${K1},${K2}:3` }).ids).toEqual([
      { id: K1, version: null },
      { id: K2, version: 3 },
    ]);
    expect(vergleichQuery.safeParse({ ids: K1 }).error!.issues[0]!.message).toBe('Bitte mindestens zwei Szenarien zum Vergleich angeben.');
    expect(vergleichQuery.safeParse({ ids: `${K1},nix` }).error!.issues[0]!.message).toContain('„nix“ ist keine Szenario-Kennung');
    expect(vergleichQuery.safeParse({ ids: Array(6).fill(K1).join(',') }).error!.issues[0]!.message).toBe('Höchstens fünf Szenarien lassen sich vergleichen.');
  });
});

describe('selecting schools', () => {
  it('counts every excluded school once, by its first reason', () => {
    const schools = [
      school({ kommuneId: K2 }),
      school({ schulform: 'Gymnasium' }),
      school({ startchancen: false }),
      school({ startchancen: true, sozialindex: null }),
      school({ startchancen: true, sozialindex: 2 }),
      school({ startchancen: true, schueler: 0 }),
      school({ startchancen: true, schueler: null }),
      school({ startchancen: true, sozialindex: 8 }),
    ];
    const auswahl: Auswahl = { ...alle, kommuneIds: [K1], schulformen: ['Grundschule'], nurStartchancen: true, sozialindexVon: 3 };
    const sel = selectSchools(schools, auswahl, { art: 'schueler-stufe' });
    expect(sel.eligible.map((s) => s.id)).toEqual([schools[7]!.id]);
    expect(sel.excluded).toEqual([
      { grund: 'kommune', anzahl: 1 },
      { grund: 'schulform', anzahl: 1 },
      { grund: 'ohne-sozialindex', anzahl: 1 },
      { grund: 'sozialindex-bereich', anzahl: 1 },
      { grund: 'startchancen', anzahl: 1 },
      { grund: 'ohne-schueler', anzahl: 2 },
    ]);
  });

  it('needs no pupil count when the weight is the level alone', () => {
    const sel = selectSchools([school({ schueler: null })], alle, { art: 'stufe' });
    expect(sel.eligible).toHaveLength(1);
  });

  it('treats schools without Sozialindex as the chosen level, also for the range', () => {
    const ohne = school({ sozialindex: null });
    expect(selectSchools([ohne], { ...alle, ohneSozialindex: 4 }, { art: 'stufe' }).eligible[0]).toMatchObject({ id: ohne.id, sozialindex: null, stufe: 4 });
    expect(selectSchools([ohne], { ...alle, ohneSozialindex: 4, sozialindexVon: 5 }, { art: 'stufe' }).excluded).toEqual([{ grund: 'sozialindex-bereich', anzahl: 1 }]);
  });

  it('answers the schools in Schulnummer order, whatever the input order', () => {
    const a = school({ schulnummer: '300000' });
    const b = school({ schulnummer: '100000' });
    const c = school({ schulnummer: '200000' });
    expect(selectSchools([a, b, c], alle, { art: 'stufe' }).eligible.map((s) => s.schulnummer)).toEqual(['100000', '200000', '300000']);
  });
});

describe('weights', () => {
  it('uses the factor of the level, or pupils times that factor', () => {
    const schools = [school({ sozialindex: 2, schueler: 100 }), school({ sozialindex: 9, schueler: 50 })];
    const eligible = selectSchools(schools, alle, { art: 'stufe' }).eligible;
    const byLevel = computeWeights(eligible, { art: 'stufe', faktoren: { ...linear, '2': '1.5' } });
    expect(byLevel.items.map((w) => rational(w.gewicht * 10_000n, byLevel.nenner))).toEqual([rational(15_000n), rational(90_000n)]);
    expect(byLevel.items.map((w) => w.anteil)).toEqual([rational(1n, 7n), rational(6n, 7n)]);
    const byPupils = computeWeights(eligible, { art: 'schueler-stufe', faktoren: linear });
    expect(byPupils.items.map((w) => rational(w.gewicht, byPupils.nenner))).toEqual([rational(200n), rational(450n)]);
    expect(byPupils.items[0]!.anteilSockel).toBeNull();
  });

  it('computes the NRW-like 30/70 model as one weight whose share is the sum of both parts', () => {
    // 300 pupils at level 1 and 100 at level 9: by pupils 3:1, by index-weighted pupils 300:900 = 1:3.
    const schools = [school({ sozialindex: 1, schueler: 300 }), school({ sozialindex: 9, schueler: 100 })];
    const eligible = selectSchools(schools, alle, { art: 'sockel-index' }).eligible;
    const w = computeWeights(eligible, { art: 'sockel-index', sockelProzent: 30, faktoren: linear });
    // 0.3·3/4 + 0.7·1/4 = 0.4 and 0.3·1/4 + 0.7·3/4 = 0.6
    expect(w.items.map((i) => i.anteil)).toEqual([rational(2n, 5n), rational(3n, 5n)]);
    expect(w.items.map((i) => i.anteilSockel)).toEqual([rational(9n, 40n), rational(3n, 40n)]);
    expect(w.items.map((i) => i.anteilIndex)).toEqual([rational(7n, 40n), rational(21n, 40n)]);
    // Shown as pupil equivalents: the 400 pupils are shared 160 : 240.
    expect(w.items.map((i) => rational(i.gewicht, w.nenner))).toEqual([rational(160n), rational(240n)]);
  });

  it('reduces to pupils at 100 % base share and to index-weighted pupils at 0 %', () => {
    const schools = [school({ sozialindex: 1, schueler: 300 }), school({ sozialindex: 9, schueler: 100 })];
    const eligible = selectSchools(schools, alle, { art: 'sockel-index' }).eligible;
    expect(computeWeights(eligible, { art: 'sockel-index', sockelProzent: 100, faktoren: linear }).items.map((i) => i.anteil)).toEqual([rational(3n, 4n), rational(1n, 4n)]);
    expect(computeWeights(eligible, { art: 'sockel-index', sockelProzent: 0, faktoren: linear }).items.map((i) => i.anteil)).toEqual([rational(1n, 4n), rational(3n, 4n)]);
  });

  it('keeps shares exact: they add up to 1 and each is base plus index share (property)', () => {
    const factor = fc.integer({ min: 1, max: 10_000_000 }).map((n) => (n / 10_000).toFixed(4));
    fc.assert(
      fc.property(
        fc.array(fc.record({ sozialindex: fc.integer({ min: 1, max: 9 }), schueler: fc.integer({ min: 1, max: 3000 }) }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 100 }),
        fc.array(factor, { minLength: 9, maxLength: 9 }),
        (rows, sockelProzent, fs) => {
          const faktoren = Object.fromEntries(fs.map((f, i) => [String(i + 1), f])) as Faktoren;
          const eligible = selectSchools(rows.map((r) => school(r)), alle, { art: 'sockel-index' }).eligible;
          const w = computeWeights(eligible, { art: 'sockel-index', sockelProzent, faktoren });
          const total = w.items.reduce((a, i) => add(a, i.anteil), rational(0n));
          expect(eq(total, rational(1n))).toBe(true);
          for (const i of w.items) {
            expect(i.gewicht > 0n).toBe(true);
            expect(eq(add(i.anteilSockel!, i.anteilIndex!), i.anteil)).toBe(true);
          }
          const pupils = w.items.reduce((a, i) => add(a, rational(i.gewicht, w.nenner)), rational(0n));
          expect(eq(pupils, rational(BigInt(rows.reduce((a, r) => a + r.schueler, 0))))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('checking a model against the data', () => {
  const schools = [school(), school(), school({ kommuneId: K2, schulform: 'Hauptschule' })];
  const check = (over: Partial<Parameters<typeof checkModel>[0]> & { auswahl?: Auswahl } = {}) => {
    const auswahl = over.auswahl ?? alle;
    return checkModel({
      summe: 4,
      einheit: '1',
      untergrenze: null,
      obergrenze: null,
      schools,
      kommuneIds: new Set([K1, K2]),
      schulformen: new Set(['Grundschule', 'Hauptschule', 'Gymnasium']),
      selection: selectSchools(schools, auswahl, { art: 'stufe' }),
      ...over,
      auswahl,
    });
  };

  it('accepts a feasible model', () => {
    expect(check()).toEqual([]);
  });

  it('names Kommunen outside the scope and unknown Schulformen', () => {
    expect(check({ kommuneIds: new Set([K1]), auswahl: { ...alle, kommuneIds: [K2] } })).toEqual([
      { field: 'modell.auswahl.kommuneIds', message: 'Eine gewählte Kommune gehört nicht zum Bereich des Szenarios.' },
    ]);
    expect(check({ auswahl: { ...alle, schulformen: ['Grundschule', 'Zauberschule'] } })).toEqual([{ field: 'modell.auswahl.schulformen', message: 'Unbekannte Schulform: „Zauberschule“.' }]);
  });

  it('says why no school is eligible', () => {
    expect(check({ auswahl: { ...alle, schulformen: ['Gymnasium'] } })).toEqual([
      { field: 'modell.auswahl', message: 'Keine Schule erfüllt die Auswahl (3 Schulen im Bereich; ausgeschlossen: 3 andere Schulform).' },
    ]);
    expect(check({ schools: [], selection: { eligible: [], excluded: [] } })).toEqual([{ field: 'modell.auswahl', message: 'Im Bereich des Szenarios gibt es keine Schulen.' }]);
  });

  it('finds floors and caps the pool cannot meet', () => {
    expect(check({ untergrenze: 2 })).toEqual([{ field: 'modell.untergrenze', message: 'Die Untergrenze von 2 Stellen für 3 Schulen braucht 6 Stellen, die Summe ist nur 4 Stellen.' }]);
    expect(check({ obergrenze: 1 })).toEqual([{ field: 'modell.obergrenze', message: 'Mit der Obergrenze von 1 Stelle für 3 Schulen lassen sich höchstens 3 Stellen verteilen, die Summe ist 4 Stellen.' }]);
  });

  it('writes amounts in German', () => {
    expect(mengeText(0.5, '0.5')).toBe('0,5 Stellen');
    expect(mengeText(1, '1')).toBe('1 Stelle');
    expect(mengeText(1250000, 'euro')).toBe('1.250.000 Euro');
  });
});
