import { describe, expect, it } from 'vitest';
import { allocate, AllocationError, validateAllocation, type AllocationInput, type AllocationMethod } from './allocate.js';

const unitsOf = (method: AllocationMethod, total: number | string, votes: Record<string, number | string>, extra: Partial<AllocationInput> = {}) =>
  Object.fromEntries(allocate({ method, total, recipients: Object.entries(votes).map(([id, weight]) => ({ id, weight })), ...extra }).recipients.map((r) => [r.id, r.units]));

const bundestag2009 = { CDU: 11_828_277, SPD: 9_990_488, FDP: 6_316_080, Linke: 5_155_933, Grüne: 4_643_272, CSU: 2_830_238 };

describe('the three methods on known results', () => {
  it('reproduces the Bundestag 2009 seats by Sainte-Laguë/Schepers (598 seats)', () => {
    expect(unitsOf('sainte-lague', 598, bundestag2009)).toEqual({ CDU: 173, SPD: 146, FDP: 93, Linke: 76, Grüne: 68, CSU: 42 });
    const result = allocate({ method: 'sainte-lague', total: 598, recipients: Object.entries(bundestag2009).map(([id, weight]) => ({ id, weight })) });
    expect(result.ties).toEqual([]);
    expect(result.draw).toBeNull();
    // The divisor must round every party to its seats: SPD 146.4988… stays at 146, CSU 41.5021… goes up to 42.
    const spd = result.recipients.find((r) => r.id === 'SPD')!;
    expect(spd.claim.decimal.startsWith('146.49')).toBe(true);
    expect(Number(result.divisor!.decimal)).toBeGreaterThan(68_000);
  });

  // Example of the Federal Returning Officer's glossary: 8 seats, 17,500 votes.
  it('gives the small party a seat with Hare-Niemeyer but not with D’Hondt (Bundeswahlleiterin)', () => {
    const votes = { A: 10_000, B: 6_000, C: 1_500 };
    expect(unitsOf('hare-niemeyer', 8, votes)).toEqual({ A: 4, B: 3, C: 1 });
    expect(unitsOf('dhondt', 8, votes)).toEqual({ A: 5, B: 3, C: 0 });
    expect(unitsOf('sainte-lague', 8, votes)).toEqual({ A: 4, B: 3, C: 1 });
    const hn = allocate({ method: 'hare-niemeyer', total: 8, recipients: Object.entries(votes).map(([id, weight]) => ({ id, weight })) });
    expect(hn.recipients.map((r) => [r.id, r.quota.fraction, r.remainderRank, r.remainderUnit])).toEqual([
      ['A', '32/7', 3, false],
      ['B', '96/35', 1, true],
      ['C', '24/35', 2, true],
    ]);
  });

  it('matches the textbook largest-remainder example (10 seats, Hare quota 10,000)', () => {
    const votes = { Gelb: 47_000, Weiß: 16_000, Rot: 15_800, Grün: 12_000, Blau: 6_100, Rosa: 3_100 };
    expect(unitsOf('hare-niemeyer', 10, votes)).toEqual({ Gelb: 5, Weiß: 2, Rot: 1, Grün: 1, Blau: 1, Rosa: 0 });
  });

  it('matches the textbook D’Hondt and Sainte-Laguë example (8 seats)', () => {
    const votes = { A: 100_000, B: 80_000, C: 30_000, D: 20_000 };
    expect(unitsOf('dhondt', 8, votes)).toEqual({ A: 4, B: 3, C: 1, D: 0 });
    expect(unitsOf('sainte-lague', 8, votes)).toEqual({ A: 3, B: 3, C: 1, D: 1 });
  });

  it('shows the Alabama paradox of Hare-Niemeyer, which the divisor methods do not have', () => {
    const votes = { A: 6, B: 6, C: 2 };
    expect(unitsOf('hare-niemeyer', 10, votes)).toEqual({ A: 4, B: 4, C: 2 });
    // One unit more in the pool, and C loses one.
    expect(unitsOf('hare-niemeyer', 11, votes)).toEqual({ A: 5, B: 5, C: 1 });
    for (const method of ['sainte-lague', 'dhondt'] as const) {
      const ten = unitsOf(method, 10, votes, { seed: 's' });
      const eleven = unitsOf(method, 11, votes, { seed: 's' });
      for (const id of Object.keys(votes)) expect(eleven[id]).toBeGreaterThanOrEqual(ten[id]!);
    }
  });

  it('is exact where floating point is not: 0.1 + 0.2 against 0.3', () => {
    // Quotas 1.5 and 1.5 exactly: a tie, not a decision by rounding error.
    const result = allocate({ method: 'hare-niemeyer', total: 3, seed: 'x', recipients: [{ id: 'a', weight: 0.1 + 0.2 }, { id: 'b', weight: '0.3' }] });
    expect(result.recipients[0]!.weight).toBe('0.30000000000000004');
    const exact = allocate({ method: 'hare-niemeyer', total: 3, seed: 'x', recipients: [{ id: 'a', weight: '0,3' }, { id: 'b', weight: '0.3' }] });
    expect(exact.ties).toHaveLength(1);
    expect(exact.ties[0]).toMatchObject({ units: 1, value: { fraction: '1/2', decimal: '0.5' } });
  });
});

describe('units, minimums and maximums', () => {
  it('counts in half positions and writes amounts in positions', () => {
    const result = allocate({ method: 'hare-niemeyer', total: 40, unit: '0.5', recipients: [{ id: 'a', weight: 3 }, { id: 'b', weight: 2 }, { id: 'c', weight: 2 }] });
    expect(result.units).toBe(80);
    expect(result.recipients.map((r) => r.amount)).toEqual(['17', '11.5', '11.5']);
    expect(result.recipients.map((r) => r.units)).toEqual([34, 23, 23]);
  });

  it('handles a budget in whole euros without walking through every euro', () => {
    const result = allocate({ method: 'sainte-lague', total: '2500000', recipients: [{ id: 'a', weight: 1 }, { id: 'b', weight: 2 }, { id: 'c', weight: 4 }] });
    expect(result.recipients.map((r) => r.amount)).toEqual(['357143', '714286', '1428571']);
  });

  it('finds the divisor with bounds for a large pool in one jump', () => {
    const recipients = [
      { id: 'a', weight: 1, min: 250_000 },
      { id: 'b', weight: 2 },
      { id: 'c', weight: 4, max: 400_000 },
    ];
    for (const method of ['hare-niemeyer', 'sainte-lague', 'dhondt'] as const) {
      const result = allocate({ method, total: 1_000_000, recipients });
      expect(result.recipients.map((r) => [r.units, r.bound]), method).toEqual([
        [250_000, 'min'],
        [350_000, null],
        [400_000, 'max'],
      ]);
    }
  });

  it('gives the minimums and shares the rest by weight', () => {
    const recipients = [
      { id: 'groß', weight: 91, min: 1 },
      { id: 'mittel', weight: 9, min: 1 },
      { id: 'klein', weight: 1, min: 1 },
    ];
    for (const method of ['hare-niemeyer', 'sainte-lague', 'dhondt'] as const) {
      const result = allocate({ method, total: 10, recipients });
      expect(result.recipients.map((r) => r.units), method).toEqual([8, 1, 1]);
      expect(result.recipients.map((r) => r.unitsBeforeBounds), method).toEqual(method === 'dhondt' ? [10, 0, 0] : [9, 1, 0]);
      expect(result.recipients[2]!.bound, method).toBe('min');
      expect(result.recipients[0]!.bound, method).toBeNull();
    }
  });

  it('caps at the maximums and redistributes among the others', () => {
    const recipients = [
      { id: 'a', weight: 90, max: 5 },
      { id: 'b', weight: 9 },
      { id: 'c', weight: 1, min: 1 },
    ];
    const hn = allocate({ method: 'hare-niemeyer', total: 10, recipients });
    expect(hn.recipients.map((r) => [r.units, r.bound])).toEqual([
      [5, 'max'],
      [4, null],
      [1, 'min'],
    ]);
    // The bounded quota of b: 5 positions left, c at its minimum → b gets 4.
    expect(hn.recipients[1]!.claim.fraction).toBe('4');
    expect(unitsOf('sainte-lague', 10, {}, { recipients })).toEqual({ a: 5, b: 4, c: 1 });
  });

  it('reads min and max in the measure of the total', () => {
    const result = allocate({ method: 'dhondt', total: 4, unit: 0.5, recipients: [{ id: 'a', weight: 10, max: '1.5' }, { id: 'b', weight: 1, min: '0.5' }, { id: 'c', weight: 5 }] });
    expect(result.recipients.map((r) => [r.amount, r.min, r.max])).toEqual([
      ['1.5', 0, 3],
      ['0.5', 1, null],
      ['2', 0, null],
    ]);
  });
});

describe('ties', () => {
  it('reports a tie at the last unit and decides it by a reproducible draw', () => {
    const input: AllocationInput = { method: 'hare-niemeyer', total: 1, seed: 'Sitzung 12.3.', recipients: ['x', 'y', 'z'].map((id) => ({ id, weight: 1 })) };
    const first = allocate(input);
    expect(first.ties).toHaveLength(1);
    expect(first.ties[0]!.units).toBe(1);
    expect([...first.ties[0]!.candidates].sort()).toEqual(['x', 'y', 'z']);
    expect(first.draw).toEqual({ seed: 'Sitzung 12.3.', order: first.ties[0]!.candidates });
    const winner = first.ties[0]!.winners[0]!;
    expect(first.draw!.order[0]).toBe(winner);
    expect(first.recipients.find((r) => r.id === winner)).toMatchObject({ units: 1, tied: true, wonDraw: true });
    expect(first.recipients.filter((r) => r.tied)).toHaveLength(3);
    expect(allocate(input)).toEqual(first);
    // Another seed is another draw, and the list order does not matter.
    const reversed = allocate({ ...input, recipients: [...input.recipients].reverse() });
    expect(reversed.draw).toEqual(first.draw);
    const winners = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => allocate({ ...input, seed }).ties[0]!.winners[0]));
    expect(winners.size).toBeGreaterThan(1);
  });

  it('finds ties at the cut of the divisor methods, including several units', () => {
    const input = (method: AllocationMethod, total: number): AllocationInput => ({ method, total, seed: 'los', recipients: [{ id: 'a', weight: 2 }, { id: 'b', weight: 2 }, { id: 'c', weight: 2 }, { id: 'd', weight: 1 }] });
    const dh = allocate(input('dhondt', 5));
    // Quotients 2, 2, 2, 1, 1, 1, 1 (d's first): units 4 and 5 among four equal quotients of 1.
    expect(dh.ties).toEqual([expect.objectContaining({ units: 2, value: { fraction: '1', decimal: '1' } })]);
    expect([...dh.ties[0]!.candidates].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(dh.recipients.reduce((s, r) => s + r.units, 0)).toBe(5);
    expect(allocate(input('dhondt', 3)).ties).toEqual([]);
    const sl = allocate(input('sainte-lague', 2));
    expect(sl.ties).toEqual([expect.objectContaining({ units: 2, candidates: expect.arrayContaining(['a', 'b', 'c']) })]);
    expect(sl.ties[0]!.candidates).toHaveLength(3);
  });

  it('derives the seed from ids and weights when none is given, and records it', () => {
    const input: AllocationInput = { method: 'hare-niemeyer', total: 1, recipients: [{ id: 'p', weight: 1 }, { id: 'q', weight: 1 }] };
    const result = allocate(input);
    expect(result.seed).toMatch(/^[0-9a-f]{14}$/);
    expect(result.draw!.seed).toBe(result.seed);
    expect(allocate({ ...input, total: 3 }).seed).toBe(result.seed);
    expect(allocate({ ...input, recipients: [{ id: 'p', weight: '1.0' }, { id: 'q', weight: 1 }] }).seed).toBe(result.seed);
  });
});

describe('bad input gets a German message naming the field and the row', () => {
  const base: AllocationInput = { method: 'hare-niemeyer', total: 10, recipients: [{ id: 'a', weight: 1 }, { id: 'b', weight: 2 }] };
  const problem = (patch: Partial<AllocationInput>) => {
    try {
      allocate({ ...base, ...patch });
    } catch (err) {
      if (err instanceof AllocationError) return { field: err.field, index: err.index, id: err.id, message: err.message };
      throw err;
    }
    return null;
  };
  const row = (changes: Record<string, unknown>) => ({ recipients: [{ id: 'a', weight: 1 }, { id: 'b', weight: 2, ...changes }] as AllocationInput['recipients'] });

  it('names the weight of the row', () => {
    expect(problem(row({ weight: 0 }))).toMatchObject({ field: 'weight', index: 1, id: 'b', message: expect.stringMatching(/Gewicht von „b“ muss größer als 0/) });
    expect(problem(row({ weight: -3 }))).toMatchObject({ field: 'weight', id: 'b' });
    expect(problem(row({ weight: Number.NaN }))).toMatchObject({ field: 'weight', message: expect.stringMatching(/endliche Zahl/) });
    expect(problem(row({ weight: Number.POSITIVE_INFINITY }))).toMatchObject({ field: 'weight', message: expect.stringMatching(/endliche Zahl/) });
    expect(problem(row({ weight: 'Infinity' }))).toMatchObject({ field: 'weight', message: expect.stringMatching(/endliche Zahl/) });
    expect(problem(row({ weight: 'zwölf' }))).toMatchObject({ field: 'weight', message: expect.stringMatching(/keine Zahl.*„zwölf“/) });
    expect(problem(row({ weight: '1.234,5' }))).toMatchObject({ field: 'weight' });
    expect(problem(row({ weight: '' }))).toMatchObject({ field: 'weight', message: expect.stringMatching(/fehlt/) });
  });

  it('refuses an empty list, missing and duplicate ids', () => {
    expect(problem({ recipients: [] })).toMatchObject({ field: 'recipients', index: null, message: expect.stringMatching(/Liste ist leer/) });
    expect(problem({ recipients: [{ id: 'a', weight: 1 }, { id: 'a', weight: 2 }] })).toMatchObject({ field: 'id', index: 1, message: expect.stringMatching(/„a“ kommt mehrfach vor/) });
    expect(problem({ recipients: [{ id: ' ', weight: 1 }] })).toMatchObject({ field: 'id', index: 0, message: 'Die Kennung (id) fehlt.' });
  });

  it('refuses a total or unit that does not fit', () => {
    expect(problem({ total: 0 })).toMatchObject({ field: 'total' });
    expect(problem({ total: '-5' })).toMatchObject({ field: 'total' });
    expect(problem({ total: 10.3, unit: 0.5 })).toMatchObject({ field: 'total', message: 'Der Gesamtumfang 10,3 ist kein ganzzahliges Vielfaches der Einheit 0,5.' });
    expect(problem({ unit: 0 })).toMatchObject({ field: 'unit' });
    expect(problem({ unit: 'halb' })).toMatchObject({ field: 'unit' });
    expect(problem({ method: 'losen' as AllocationMethod })).toMatchObject({ field: 'method', message: expect.stringMatching(/Unbekanntes Verfahren „losen“/) });
    expect(problem({ seed: '' })).toMatchObject({ field: 'seed' });
  });

  it('refuses bounds that cannot be met', () => {
    expect(problem(row({ min: 3, max: 2 }))).toMatchObject({ field: 'min', id: 'b', message: expect.stringMatching(/Mindestwert von „b“ ist größer als sein Höchstwert/) });
    expect(problem(row({ min: -1 }))).toMatchObject({ field: 'min', message: expect.stringMatching(/nicht negativ/) });
    expect(problem({ unit: 0.5, ...row({ max: 0.3 }) })).toMatchObject({ field: 'max', message: 'Der Höchstwert von „b“ (0,3) ist kein ganzzahliges Vielfaches der Einheit 0,5.' });
    expect(problem({ recipients: [{ id: 'a', weight: 1, min: 6 }, { id: 'b', weight: 1, min: 5 }] })).toMatchObject({ field: 'min', index: null, message: 'Die Mindestwerte ergeben zusammen 11, mehr als der Gesamtumfang 10.' });
    expect(problem({ recipients: [{ id: 'a', weight: 1, max: 4 }, { id: 'b', weight: 1, max: 5 }] })).toMatchObject({ field: 'max', index: null, message: expect.stringMatching(/Höchstwerte ergeben zusammen 9, weniger als der Gesamtumfang 10/) });
    // One recipient without a cap can take the rest.
    expect(problem({ recipients: [{ id: 'a', weight: 1, max: 4 }, { id: 'b', weight: 1 }] })).toBeNull();
  });

  it('lists every problem at once', () => {
    const issues = validateAllocation({ method: 'dhondt', total: 5, recipients: [{ id: 'a', weight: 0 }, { id: 'a', weight: 'x' }, { id: 'c', weight: 1, min: 2, max: 1 }] });
    expect(issues.map((i) => [i.field, i.index])).toEqual([
      ['weight', 0],
      ['id', 1],
      ['weight', 1],
      ['min', 2],
    ]);
    expect(validateAllocation(base)).toEqual([]);
  });
});
