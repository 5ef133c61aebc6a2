import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, validateAllocation, type AllocationInput, type AllocationMethod, type AllocationRecipient } from './allocate.js';
import { lotOf } from './draw.js';
import { parseDecimal, type Rational } from './rational.js';

const methods = ['hare-niemeyer', 'sainte-lague', 'dhondt'] as const;
const divisorMethods = ['sainte-lague', 'dhondt'] as const;

/** Weights as the engine gets them: whole numbers, decimals with up to three places (as text), some equal. */
const weight = fc.oneof(
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 3 })).map(([n, places]) => (n / 10 ** places).toFixed(places)),
  fc.constantFrom(1, 2, 3, 6),
);
const recipients = (max = 25) => fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() === s && s !== ''), weight }), { minLength: 1, maxLength: max, selector: (r) => r.id });
const withBounds = (list: AllocationRecipient[]) =>
  fc.tuple(...list.map(() => fc.record({ min: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }), extra: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }) }))).map((bounds) =>
    list.map((r, i) => {
      const b = bounds[i]!;
      return { ...r, min: b.min, max: b.extra === undefined ? undefined : (b.min ?? 0) + b.extra };
    }),
  );
const method = fc.constantFrom(...methods);
const seed = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '');

const exactWeight = (w: AllocationRecipient['weight']): Rational => parseDecimal(String(w))!;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Reference for divisor methods: hand out unit by unit from the minimums, highest quotient first, equal quotients by lot. */
function sequential(input: AllocationInput & { method: 'sainte-lague' | 'dhondt' }, seedText: string): number[] {
  const list = input.recipients;
  const w = list.map((r) => exactWeight(r.weight));
  const units = list.map((r) => Number(r.min ?? 0));
  const total = Number(input.total);
  // Quotient of the next unit: w / (s + 1) or w / (s + ½) = 2w / (2s + 1).
  const q = (i: number): Rational => (input.method === 'dhondt' ? { n: w[i]!.n, d: w[i]!.d * BigInt(units[i]! + 1) } : { n: 2n * w[i]!.n, d: w[i]!.d * BigInt(2 * units[i]! + 1) });
  for (let given = sum(units); given < total; given++) {
    let best = -1;
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.max !== undefined && list[i]!.max !== null && units[i]! >= Number(list[i]!.max)) continue;
      if (best < 0) {
        best = i;
        continue;
      }
      const a = q(i);
      const b = q(best);
      const c = a.n * b.d - b.n * a.d;
      if (c > 0n || (c === 0n && lotOf(seedText, list[i]!.id) < lotOf(seedText, list[best]!.id))) best = i;
    }
    units[best]!++;
  }
  return units;
}

describe('properties of the apportionment', () => {
  it('always hands out exactly the pool and keeps every bound', () => {
    fc.assert(
      fc.property(
        recipients().chain((list) => withBounds(list)),
        fc.integer({ min: 1, max: 300 }),
        method,
        (list, total, m) => {
          const input: AllocationInput = { recipients: list, total, method: m };
          fc.pre(validateAllocation(input).length === 0);
          const result = allocate(input);
          expect(sum(result.recipients.map((r) => r.units))).toBe(total);
          for (const r of result.recipients) {
            expect(r.units).toBeGreaterThanOrEqual(r.min);
            if (r.max !== null) expect(r.units).toBeLessThanOrEqual(r.max);
          }
          // A reported tie is real: as many candidates as units would not be one.
          for (const t of result.ties) expect(t.candidates.length).toBeGreaterThan(t.units);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('divisor methods with bounds equal handing out unit by unit (the sequential definition)', () => {
    fc.assert(
      fc.property(recipients(12).chain((list) => withBounds(list)), fc.integer({ min: 1, max: 80 }), fc.constantFrom(...divisorMethods), seed, (list, total, m, s) => {
        const input = { recipients: list, total, method: m, seed: s };
        fc.pre(validateAllocation(input).length === 0);
        const result = allocate(input);
        const expected = sequential(input, s);
        // Among the candidates of a reported tie the two may draw differently (both are valid
        // outcomes of the tie); everyone else must match, and the tied share in total.
        const tied = new Set(result.ties.flatMap((t) => t.candidates));
        result.recipients.forEach((r, i) => {
          if (!tied.has(r.id)) expect(r.units).toBe(expected[i]);
        });
        const tiedUnits = (units: number[]) => sum(units.filter((_, i) => tied.has(result.recipients[i]!.id)));
        expect(tiedUnits(result.recipients.map((r) => r.units))).toBe(tiedUnits(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('divisor methods are house-monotone: one unit more never takes a unit from anyone', () => {
    fc.assert(
      fc.property(recipients(), fc.integer({ min: 1, max: 200 }), fc.constantFrom(...divisorMethods), seed, (list, total, m, s) => {
        const before = allocate({ recipients: list, total, method: m, seed: s }).recipients;
        const after = allocate({ recipients: list, total: total + 1, method: m, seed: s }).recipients;
        after.forEach((r, i) => expect(r.units).toBeGreaterThanOrEqual(before[i]!.units));
      }),
      { numRuns: 300 },
    );
  });

  it('Hare-Niemeyer stays within the quota: floor(q) ≤ units ≤ ceil(q)', () => {
    fc.assert(
      fc.property(recipients(), fc.integer({ min: 1, max: 500 }), (list, total) => {
        const result = allocate({ recipients: list, total, method: 'hare-niemeyer' });
        const w = list.map((r) => exactWeight(r.weight));
        // Σw as a fraction over a common denominator.
        const D = w.reduce((a, x) => a * x.d, 1n);
        const W = w.reduce((a, x) => a + x.n * (D / x.d), 0n);
        result.recipients.forEach((r, i) => {
          const num = BigInt(total) * w[i]!.n * (D / w[i]!.d);
          const units = BigInt(r.units);
          expect(units * W <= num + W - 1n && units * W + W - 1n >= num).toBe(true);
          expect(r.unitsBeforeBounds).toBe(r.units);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('Hare-Niemeyer with bounds rounds the quota with bounds by largest remainders', () => {
    fc.assert(
      fc.property(recipients(15).chain((list) => withBounds(list)), fc.integer({ min: 1, max: 120 }), (list, total) => {
        const input: AllocationInput = { recipients: list, total, method: 'hare-niemeyer' };
        fc.pre(validateAllocation(input).length === 0);
        const result = allocate(input);
        const claims = result.recipients.map((r) => parseFraction(r.claim.fraction));
        // The bounded quotas add up to the pool …
        const common = claims.reduce((a, c) => (a * c.d) / gcdOf(a, c.d), 1n);
        expect(claims.reduce((a, c) => a + c.n * (common / c.d), 0n)).toBe(BigInt(total) * common);
        // … everyone inside its bounds gets the same per weight, those at a bound would want more or less …
        const free = result.recipients.map((r, i) => ({ r, c: claims[i]!, w: exactWeight(list[i]!.weight) })).filter((x) => x.r.bound === null && x.c.n > 0n);
        const perWeight = (x: { c: Rational; w: Rational }) => ({ n: x.c.n * x.w.d, d: x.c.d * x.w.n });
        for (const x of free.slice(1)) {
          const a = perWeight(x);
          const b = perWeight(free[0]!);
          expect(a.n * b.d).toBe(b.n * a.d);
        }
        // … and each gets its whole part plus one unit at most, the largest remainders first.
        const remainders = result.recipients.map((r) => parseFraction(r.remainder!.fraction));
        result.recipients.forEach((r, i) => expect(r.units - Number(claims[i]!.n / claims[i]!.d)).toBe(r.remainderUnit ? 1 : 0));
        const lowestWinner = result.recipients.filter((r) => r.remainderUnit).map((r) => remainders[r.index]!);
        const bestLoser = result.recipients.filter((r) => !r.remainderUnit).map((r) => remainders[r.index]!);
        for (const a of lowestWinner) for (const b of bestLoser) expect(a.n * b.d >= b.n * a.d).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the list, and is the same for the same seed', () => {
    fc.assert(
      fc.property(
        recipients().chain((list) => fc.tuple(withBounds(list), fc.shuffledSubarray(list.map((_, i) => i), { minLength: list.length, maxLength: list.length }))),
        fc.integer({ min: 1, max: 200 }),
        method,
        fc.option(seed, { nil: undefined }),
        ([list, order], total, m, s) => {
          const input: AllocationInput = { recipients: list, total, method: m, seed: s };
          fc.pre(validateAllocation(input).length === 0);
          const result = allocate(input);
          expect(allocate(input)).toEqual(result);
          const shuffled = allocate({ ...input, recipients: order.map((i) => list[i]!) });
          const byId = (r: typeof result) => Object.fromEntries(r.recipients.map(({ index: _index, ...rest }) => [rest.id, rest]));
          expect(byId(shuffled)).toEqual(byId(result));
          expect(shuffled.ties).toEqual(result.ties);
          expect(shuffled.draw).toEqual(result.draw);
          expect(shuffled.divisor).toEqual(result.divisor);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('all three methods agree with each other where the quota is a whole number for everyone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 5 }), (seats, k) => {
        // Weights proportional to the seats: every method must give exactly those seats.
        const list = seats.map((s, i) => ({ id: `r${i}`, weight: s * k }));
        for (const m of methods satisfies readonly AllocationMethod[]) {
          expect(allocate({ recipients: list, total: sum(seats), method: m }).recipients.map((r) => r.units)).toEqual(seats);
        }
      }),
    );
  });
});

function parseFraction(text: string): Rational {
  const [n, d = '1'] = text.split('/');
  return { n: BigInt(n!), d: BigInt(d) };
}

function gcdOf(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}
