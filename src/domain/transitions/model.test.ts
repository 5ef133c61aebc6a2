import { describe, expect, it } from 'vitest';
import { encodePattern, FIELDS } from './compare.js';
import { countPatterns, estimateModel, estimateU, matchProbability, patternWeight, reestimatePrior } from './model.js';
import { seededRandom } from './random.js';

/** Patterns drawn field by field from given level distributions (conditional independence holds by construction). */
function draw(random: () => number, distributions: number[][], count: number): number[] {
  const codes: number[] = [];
  for (let i = 0; i < count; i++) {
    codes.push(
      encodePattern(
        distributions.map((d) => {
          let x = random();
          let l = 0;
          while (l < d.length - 1 && (x -= d[l]!) > 0) l++;
          return l;
        }),
      ),
    );
  }
  return codes;
}

const M = FIELDS.map((f) => f.m.map((x) => x));
const U = FIELDS.map((f) => f.u.map((x) => x));

describe('Fellegi-Sunter estimation', () => {
  it('counts u on random pairs', () => {
    const random = seededRandom(1);
    const u = estimateU(countPatterns(draw(random, U, 50_000)), { uPriorPairs: 0 });
    expect(u[0]![4]).toBeCloseTo(U[0]![4]!, 2);
    expect(u[3]![0]).toBeCloseTo(U[3]![0]!, 2);
  });

  it('recovers m and the number of true pairs from a mixture of true and unrelated pairs', () => {
    const random = seededRandom(2);
    // Unrelated pairs that share a blocking key agree more often than random ones: a different u.
    const blockedU = U.map((row) => row.map((x, l) => (l === 0 ? Math.min(0.5, x * 40) : x)).map((x, _, all) => x / all.reduce((s, y) => s + y, 0)));
    const blocked = [...draw(random, M, 2_000), ...draw(random, blockedU, 8_000)];
    const model = estimateModel(countPatterns(blocked), U, 2_000 * 2_000, 0.1);
    expect(model.converged).toBe(true);
    expect(model.mFromPrior).toBe(false);
    expect(model.expectedTrue).toBeGreaterThan(1_900);
    expect(model.expectedTrue).toBeLessThan(2_100);
    expect(model.fields[0]!.m[0]).toBeCloseTo(M[0]![0]!, 1);
    expect(model.fields[3]!.m[0]).toBeCloseTo(M[3]![0]!, 1);
    expect(model.prior).toBeCloseTo(model.expectedTrue / 4_000_000, 10);
    // The weights use the random-pair u, not the blocked one.
    expect(model.fields[0]!.u).toEqual(U[0]);
  });

  it('falls back to the prior m when the EM settles on families instead of children', () => {
    const random = seededRandom(4);
    // Blocked pairs that are mostly siblings: same surname and address, other first name and birth date.
    const family = [
      [0.97, 0.01, 0.01, 0.005, 0.005],
      [0.02, 0.01, 0.01, 0.02, 0.94],
      [0.99, 0.01],
      [0.002, 0.001, 0.03, 0.002, 0.003, 0.05, 0.912],
      [0.5, 0.5],
      [0.9, 0.05, 0.02, 0.01, 0.01, 0.01],
      [0.5, 0.5],
    ];
    const model = estimateModel(countPatterns([...draw(random, family, 3_000), ...draw(random, U, 1_000)]), U, 1e6, 0.5);
    expect(model.mFromPrior).toBe(true);
    expect(model.fields.map((f) => f.m)).toEqual(M);
  });

  it('estimates only the prior again for a known model', () => {
    const random = seededRandom(3);
    const base = estimateModel(countPatterns([...draw(random, M, 500), ...draw(random, U, 5_000)]), U, 1e6, 0.1);
    const again = reestimatePrior(base, countPatterns([...draw(random, M, 50), ...draw(random, U, 5_000)]), 1e6, 0.01);
    expect(again.fields).toBe(base.fields);
    expect(again.expectedTrue).toBeGreaterThan(30);
    expect(again.expectedTrue).toBeLessThan(80);
  });

  it('weighs agreement up and disagreement down, and turns weights into probabilities', () => {
    const model = estimateModel(countPatterns([]), U, 100, 0.1);
    const agree = encodePattern([0, 0, 0, 0, 0, 0, 0]);
    const disagree = encodePattern([4, 4, 0, 6, 1, 5, 1]);
    const missing = encodePattern(FIELDS.map((f) => f.levels.length));
    expect(patternWeight(model, agree)).toBeGreaterThan(30);
    expect(patternWeight(model, disagree)).toBeLessThan(-20);
    expect(patternWeight(model, missing)).toBe(0);
    expect(matchProbability(0, 0.5)).toBeCloseTo(0.5);
    expect(matchProbability(10, 1 / 1025)).toBeCloseTo(0.5, 3);
    expect(matchProbability(40, 1e-6)).toBeGreaterThan(0.999);
  });
});
