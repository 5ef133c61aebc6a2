import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { altersphasen, handlungsfelder, type Altersphase, type Handlungsfeld } from '../../shared/vocabularies.js';
import type { AngebotStatus } from '../vocabulary.js';
import { altersphaseCodes, coverageGrid, handlungsfeldCodes, hoursAt, type CoverageOffer } from './coverage.js';

let n = 0;
function offer(overrides: Partial<CoverageOffer> = {}): CoverageOffer {
  n += 1;
  return {
    id: `o${String(n).padStart(3, '0')}`,
    titel: `Angebot ${n}`,
    akteurName: 'Träger',
    handlungsfeld: 'sprachfoerderung',
    altersphasen: ['6-9'],
    stundenProWoche: 4,
    status: 'laufend',
    standortIds: ['s1'],
    ...overrides,
  };
}

const cell = (grid: ReturnType<typeof coverageGrid>, f: Handlungsfeld, a: Altersphase) => grid.zellen.find((z) => z.handlungsfeld === f && z.altersphase === a)!;

describe('hoursAt', () => {
  it('shares an offer’s hours equally between its sites', () => {
    expect(hoursAt({ stundenProWoche: 6, standortIds: ['a', 'b', 'c'] }, new Set(['a']))).toBe(2);
    expect(hoursAt({ stundenProWoche: 6, standortIds: ['a', 'b', 'c'] }, new Set(['a', 'c', 'x']))).toBe(4);
    expect(hoursAt({ stundenProWoche: 6, standortIds: ['a', 'a', 'b'] }, new Set(['a']))).toBe(3);
    expect(hoursAt({ stundenProWoche: 6, standortIds: ['b'] }, new Set(['a']))).toBe(0);
    expect(hoursAt({ stundenProWoche: null, standortIds: ['a'] }, new Set(['a']))).toBeNull();
  });
});

describe('coverageGrid', () => {
  it('has one cell per Handlungsfeld and Altersphase, in vocabulary order', () => {
    const grid = coverageGrid([], new Set(['s1']));
    expect(grid.zellen).toHaveLength(Object.keys(handlungsfelder).length * Object.keys(altersphasen).length);
    expect(grid.handlungsfelder).toEqual(Object.keys(handlungsfelder));
    expect(grid.altersphasen).toEqual(Object.keys(altersphasen));
    expect(grid.zellen[0]).toMatchObject({ handlungsfeld: 'sprachfoerderung', altersphase: '0-2', zustand: 'luecke', angebote: [], stunden: 0 });
    expect(grid.summary).toEqual({ felder: 90, abgedeckt: 0, geplant: 0, luecken: 90, angebote: 0, stunden: 0 });
  });

  it('lists an offer in each of its age phases with its hours at the site', () => {
    const o = offer({ handlungsfeld: 'mint', altersphasen: ['6-9', '10-15'], stundenProWoche: 6, standortIds: ['s1', 's2', 's3'] });
    const grid = coverageGrid([o], new Set(['s1']));
    for (const phase of ['6-9', '10-15'] as const) {
      expect(cell(grid, 'mint', phase)).toMatchObject({ zustand: 'abgedeckt', stunden: 2, angebote: [{ id: o.id, titel: o.titel, stunden: 2, status: 'laufend' }] });
    }
    expect(cell(grid, 'mint', '3-5').zustand).toBe('luecke');
    // The summary counts the offer once.
    expect(grid.summary).toMatchObject({ abgedeckt: 2, luecken: 88, angebote: 1, stunden: 2 });
  });

  it('ignores offers elsewhere and ended offers; planned and paused ones alone are no coverage', () => {
    const grid = coverageGrid(
      [
        offer({ standortIds: ['elsewhere'] }),
        offer({ status: 'beendet' }),
        offer({ handlungsfeld: 'gesundheit', status: 'geplant' }),
        offer({ handlungsfeld: 'gesundheit', status: 'pausiert', titel: 'Pause' }),
      ],
      new Set(['s1']),
    );
    expect(cell(grid, 'sprachfoerderung', '6-9')).toMatchObject({ zustand: 'luecke', angebote: [] });
    const planned = cell(grid, 'gesundheit', '6-9');
    expect(planned.zustand).toBe('geplant');
    expect(planned.stunden).toBe(0);
    expect(planned.angebote.map((a) => a.status).sort()).toEqual(['geplant', 'pausiert']);
    expect(grid.summary).toMatchObject({ abgedeckt: 0, geplant: 1, luecken: 89, angebote: 2, stunden: 0 });
  });

  it('lists running offers first, then by title', () => {
    const grid = coverageGrid([offer({ titel: 'B', status: 'geplant' }), offer({ titel: 'C' }), offer({ titel: 'A' })], new Set(['s1']));
    expect(cell(grid, 'sprachfoerderung', '6-9').angebote.map((a) => a.titel)).toEqual(['A', 'C', 'B']);
  });

  it('adds up the shares of all sites of a Sozialraum', () => {
    const o = offer({ stundenProWoche: 9, standortIds: ['s1', 's2', 'other'] });
    expect(cell(coverageGrid([o], new Set(['s1', 's2'])), 'sprachfoerderung', '6-9').stunden).toBe(6);
  });

  const statuses: AngebotStatus[] = ['geplant', 'laufend', 'pausiert', 'beendet'];
  const offers = fc.array(
    fc.record({
      handlungsfeld: fc.constantFrom(...handlungsfeldCodes),
      altersphasen: fc.uniqueArray(fc.constantFrom(...altersphaseCodes), { minLength: 1, maxLength: 6 }),
      stundenProWoche: fc.option(fc.integer({ min: 0, max: 80 }).map((q) => q / 4), { nil: null }),
      status: fc.constantFrom(...statuses),
      standortIds: fc.uniqueArray(fc.constantFrom('s1', 's2', 's3', 's4'), { maxLength: 4 }),
    }),
    { maxLength: 25 },
  );
  const areas = fc.uniqueArray(fc.constantFrom('s1', 's2', 's3', 's4'), { minLength: 1, maxLength: 4 });

  it('property: each counted offer sits in exactly its age-phase cells, and the states add up', () => {
    fc.assert(
      fc.property(offers, areas, (raw, areaList) => {
        const list = raw.map((r) => offer(r));
        const area = new Set<string>(areaList);
        const grid = coverageGrid(list, area);
        const counted = list.filter((o) => o.status !== 'beendet' && o.standortIds.some((s) => area.has(s)));
        for (const o of list) {
          const cells = grid.zellen.filter((z) => z.angebote.some((a) => a.id === o.id));
          const expected = counted.includes(o) ? o.altersphasen.map((a) => `${o.handlungsfeld}|${a}`).sort() : [];
          expect(cells.map((z) => `${z.handlungsfeld}|${z.altersphase}`).sort()).toEqual(expected);
        }
        const { summary } = grid;
        expect(summary.abgedeckt + summary.geplant + summary.luecken).toBe(summary.felder);
        expect(summary.angebote).toBe(counted.length);
        for (const z of grid.zellen) {
          expect(z.zustand === 'luecke').toBe(z.angebote.length === 0);
          expect(z.zustand === 'abgedeckt').toBe(z.angebote.some((a) => a.status === 'laufend'));
          expect(z.stunden).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('property: the hours of an offer over disjoint areas add up to its hours at those sites', () => {
    fc.assert(
      fc.property(offers, (raw) => {
        const list = raw.map((r) => offer({ ...r, status: 'laufend' }));
        const all = coverageGrid(list, new Set(['s1', 's2', 's3', 's4'])).summary.stunden;
        const parts = ['s1', 's2', 's3', 's4'].map((s) => coverageGrid(list, new Set([s])).summary.stunden).reduce((a, b) => a + b, 0);
        const onSites = list.filter((o) => o.standortIds.length > 0).reduce((sum, o) => sum + (o.stundenProWoche ?? 0), 0);
        expect(all).toBeCloseTo(onSites, 1);
        expect(parts).toBeCloseTo(all, 1);
      }),
    );
  });
});
