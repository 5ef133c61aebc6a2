import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGH_NEED_FROM, hoursPerSite, isHighNeedFewResources, median, resourceFigures, type ResourceOffer, type ResourceSchool } from './resources.js';

const school = (id: string, schueler: number | null, sozialindex: number | null): ResourceSchool => ({
  id,
  name: `Schule ${id}`,
  schulform: 'Grundschule',
  sozialraumId: null,
  sozialraumName: null,
  schueler,
  sozialindex,
});
const offer = (stundenProWoche: number | null, standortIds: string[], status: ResourceOffer['status'] = 'laufend'): ResourceOffer => ({ stundenProWoche, standortIds, status });

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([3])).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('property: at most half of the values lie strictly below it, and at most half strictly above', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 50 }), (values) => {
        const m = median(values)!;
        expect(values.filter((v) => v < m).length).toBeLessThanOrEqual(values.length / 2);
        expect(values.filter((v) => v > m).length).toBeLessThanOrEqual(values.length / 2);
      }),
    );
  });
});

describe('hoursPerSite', () => {
  it('shares running offers equally between their sites', () => {
    const perSite = hoursPerSite([offer(6, ['a', 'b']), offer(2, ['a']), offer(null, ['b']), offer(10, ['a'], 'geplant'), offer(10, [])]);
    expect(perSite.get('a')).toEqual({ stunden: 5, angebote: 2 });
    expect(perSite.get('b')).toEqual({ stunden: 3, angebote: 2 });
  });
});

describe('the flag rule "hoher Bedarf, wenige Ressourcen"', () => {
  it('needs a Sozialindex of 7 or more and hours per 100 pupils below the median (or none at all)', () => {
    expect(HIGH_NEED_FROM).toBe(7);
    expect(isHighNeedFewResources({ sozialindex: 7, stundenPro100: 1 }, 2)).toBe(true);
    expect(isHighNeedFewResources({ sozialindex: 9, stundenPro100: 2 }, 2)).toBe(false);
    expect(isHighNeedFewResources({ sozialindex: 6, stundenPro100: 0 }, 2)).toBe(false);
    expect(isHighNeedFewResources({ sozialindex: 8, stundenPro100: 0 }, 0)).toBe(true);
    expect(isHighNeedFewResources({ sozialindex: 8, stundenPro100: null }, 2)).toBe(false);
    expect(isHighNeedFewResources({ sozialindex: null, stundenPro100: 0 }, 2)).toBe(false);
  });

  it('works school by school through resourceFigures', () => {
    const schools = [school('a', 200, 8), school('b', 100, 3), school('c', 400, 7), school('d', null, 9), school('e', 100, null)];
    const { zeilen, median: m, stunden } = resourceFigures(schools, [offer(4, ['a']), offer(10, ['b']), offer(12, ['c', 'e']), offer(3, ['d'])]);
    // per 100 pupils: a 2, b 10, c 1.5, e 6 → median (2 + 6) / 2 = 4
    expect(m).toBe(4);
    expect(stunden).toBe(29);
    expect(zeilen.map((z) => [z.schuleId, z.stunden, z.stundenPro100, z.flagged])).toEqual([
      ['a', 4, 2, true],
      ['b', 10, 10, false],
      ['c', 6, 1.5, true],
      ['d', 3, null, false],
      ['e', 6, 6, false],
    ]);
  });

  it('keeps high-need schools flagged when most schools have nothing', () => {
    const { zeilen, median: m } = resourceFigures([school('a', 100, 8), school('b', 100, 2), school('c', 100, 4)], [offer(5, ['b'])]);
    expect(m).toBe(0);
    expect(zeilen.find((z) => z.schuleId === 'a')!.flagged).toBe(true);
  });

  const schools = fc
    .uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-h]$/),
        schueler: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
        sozialindex: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
      }),
      { selector: (s) => s.id, minLength: 1, maxLength: 8 },
    )
    .map((list) => list.map((s) => school(s.id, s.schueler, s.sozialindex)));
  const offers = fc.array(
    fc.record({
      stundenProWoche: fc.option(fc.integer({ min: 0, max: 160 }).map((q) => q / 4), { nil: null }),
      standortIds: fc.uniqueArray(fc.stringMatching(/^[a-h]$/), { maxLength: 4 }),
      status: fc.constantFrom('geplant' as const, 'laufend' as const, 'pausiert' as const, 'beendet' as const),
    }),
    { maxLength: 20 },
  );

  it('property: flagged schools have high need and fewer hours per pupil than the median (or none)', () => {
    fc.assert(
      fc.property(schools, offers, (list, offerList) => {
        const { zeilen, median: m } = resourceFigures(list, offerList);
        for (const z of zeilen) {
          if (!z.flagged) continue;
          expect(z.sozialindex).not.toBeNull();
          expect(z.sozialindex!).toBeGreaterThanOrEqual(HIGH_NEED_FROM);
          expect(z.stundenPro100).not.toBeNull();
          expect(z.stundenPro100 === 0 || (m !== null && z.stundenPro100! <= m)).toBe(true);
        }
        // Without pupil count or Sozialindex the rule cannot be decided.
        for (const z of zeilen) if (z.schueler === null || z.schueler === 0 || z.sozialindex === null) expect(z.flagged).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('property: no more than half of the schools with pupils lie below the median, so at most that many are flagged for it', () => {
    fc.assert(
      fc.property(schools, offers, (list, offerList) => {
        const { zeilen } = resourceFigures(list, offerList);
        const measured = zeilen.filter((z) => z.stundenPro100 !== null);
        const flaggedWithHours = zeilen.filter((z) => z.flagged && z.stundenPro100! > 0);
        expect(flaggedWithHours.length).toBeLessThanOrEqual(measured.length / 2);
      }),
      { numRuns: 300 },
    );
  });

  it('property: the hours at all schools add up to the running hours placed at them', () => {
    fc.assert(
      fc.property(schools, offers, (list, offerList) => {
        const ids = new Set(list.map((s) => s.id));
        const { stunden } = resourceFigures(list, offerList);
        const expected = offerList
          .filter((o) => o.status === 'laufend' && o.standortIds.length > 0)
          .reduce((sum, o) => sum + ((o.stundenProWoche ?? 0) * o.standortIds.filter((s) => ids.has(s)).length) / o.standortIds.length, 0);
        expect(stunden).toBeCloseTo(expected, 1);
      }),
      { numRuns: 300 },
    );
  });

  it('property: enough hours lift a school’s flag and take no other school’s flag away', () => {
    fc.assert(
      fc.property(schools, offers, (list, offerList) => {
        const before = resourceFigures(list, offerList);
        const flagged = before.zeilen.find((z) => z.flagged);
        if (!flagged) return;
        const after = resourceFigures(list, [...offerList, offer(10_000, [flagged.schuleId])]);
        expect(after.zeilen.find((z) => z.schuleId === flagged.schuleId)!.flagged).toBe(false);
        // The median can only rise, so every other flagged school stays flagged.
        for (const b of before.zeilen) if (b.flagged && b.schuleId !== flagged.schuleId) expect(after.zeilen.find((z) => z.schuleId === b.schuleId)!.flagged).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
