import { decodePattern, FIELDS } from './compare.js';

/**
 * Fellegi-Sunter model: for each field level, m = how often the same child shows it, u = how often
 * two different children show it. A pattern's weight is the sum of log2(m/u) over the fields both
 * records have; added to the prior odds that two records are the same child, it gives the
 * probability.
 *
 * Estimation in two steps, both from the lists themselves:
 * - u is counted on random pairs of the two lists (virtually all different children). Blocked pairs
 *   would not do: they share a key, so their names agree far more often than chance.
 * - m comes from expectation-maximisation (two classes, conditional independence) on the blocked
 *   pairs, where true pairs are common enough to be found. The EM's second class is the blocked
 *   non-pairs; it only serves the estimate, the weights use the random-pair u. The EM also counts the
 *   expected true pairs, which gives the prior: expected true pairs / all possible pairs.
 * Prior values (FIELDS) count as a number of pseudo-pairs, so short lists get sensible weights too.
 */
export interface FieldModel {
  key: string;
  m: number[];
  u: number[];
}

export interface LinkageModel {
  fields: FieldModel[];
  /** Probability that two records picked at random are the same child. */
  prior: number;
  /** Expected number of true pairs among the compared pairs. */
  expectedTrue: number;
  iterations: number;
  converged: boolean;
  /** The EM found no plausible class of true pairs; m are the prior values. */
  mFromPrior: boolean;
}

export interface EstimationOptions {
  /** Weight of the prior m values, in pseudo-pairs. */
  mPriorPairs?: number;
  /** Weight of the prior u values, in pseudo-pairs. */
  uPriorPairs?: number;
  maxIterations?: number;
}

/** Patterns with their counts, as parallel arrays. */
export interface PatternCounts {
  patterns: number[];
  counts: number[];
}

const fieldCount = FIELDS.length;
const levelCount = (f: number) => FIELDS[f]!.levels.length;

export function countPatterns(codes: ArrayLike<number>, count = codes.length): PatternCounts {
  const map = new Map<number, number>();
  for (let i = 0; i < count; i++) map.set(codes[i]!, (map.get(codes[i]!) ?? 0) + 1);
  return { patterns: [...map.keys()], counts: [...map.values()] };
}

const zeros = () => FIELDS.map((f) => new Array<number>(f.levels.length).fill(0));
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Tallies to probabilities, pulled towards a prior by `priorPairs` pseudo-pairs. */
const smooth = (tallies: number[][], prior: readonly (readonly number[])[], priorPairs: number) =>
  tallies.map((t, f) => {
    const n = sum(t);
    return t.map((x, l) => (x + priorPairs * prior[f]![l]!) / (n + priorPairs));
  });

/** u per field and level from the patterns of random pairs. */
export function estimateU(random: PatternCounts, options: EstimationOptions = {}): number[][] {
  return smooth(
    tally(random),
    FIELDS.map((f) => f.u),
    options.uPriorPairs ?? 500,
  );
}

interface Mixture {
  m: number[][];
  share: number;
  iterations: number;
  converged: boolean;
}

/** Two-class EM on blocked patterns; with `fixedM` only the non-pair class and the share move. */
function fitMixture(blocked: PatternCounts, uStart: number[][], shareStart: number, fixedM: number[][] | null, options: EstimationOptions): Mixture {
  const mPrior = options.mPriorPairs ?? 20;
  const uPrior = options.uPriorPairs ?? 500;
  const maxIterations = options.maxIterations ?? 500;
  const levels = blocked.patterns.map(decodePattern);
  const total = sum(blocked.counts);
  let m = fixedM ?? FIELDS.map((f) => [...f.m]);
  let u = uStart;
  let share = Math.min(0.5, Math.max(1e-4, shareStart));
  let iterations = 0;
  let converged = total === 0;
  while (!converged && iterations < maxIterations) {
    iterations++;
    const mTallies = zeros();
    const uTallies = zeros();
    let matched = 0;
    for (let k = 0; k < levels.length; k++) {
      const lv = levels[k]!;
      let pm = share;
      let pu = 1 - share;
      for (let f = 0; f < fieldCount; f++) {
        const l = lv[f]!;
        if (l < levelCount(f)) {
          pm *= m[f]![l]!;
          pu *= u[f]![l]!;
        }
      }
      const count = blocked.counts[k]!;
      const g = (pm / (pm + pu)) * count;
      matched += g;
      for (let f = 0; f < fieldCount; f++) {
        const l = lv[f]!;
        if (l < levelCount(f)) {
          mTallies[f]![l]! += g;
          uTallies[f]![l]! += count - g;
        }
      }
    }
    const nextShare = Math.min(0.999, Math.max(1e-6, matched / total));
    const nextM = fixedM ?? smooth(mTallies, FIELDS.map((f) => f.m), mPrior);
    const nextU = smooth(uTallies, uStart, uPrior);
    let change = Math.abs(nextShare - share);
    for (let f = 0; f < fieldCount; f++) for (let l = 0; l < levelCount(f); l++) change = Math.max(change, Math.abs(nextM[f]![l]! - m[f]![l]!));
    [share, m, u] = [nextShare, nextM, nextU];
    converged = change < 1e-7;
  }
  return { m, share, iterations, converged };
}

/** Level tallies of a set of patterns. */
function tally(patterns: PatternCounts): number[][] {
  const tallies = zeros();
  patterns.patterns.forEach((pattern, k) => {
    const levels = decodePattern(pattern);
    for (let f = 0; f < fieldCount; f++) if (levels[f]! < levelCount(f)) tallies[f]![levels[f]!]! += patterns.counts[k]!;
  });
  return tallies;
}

/** The fields that identify a child: a true-pair class that disagrees on them more often than it agrees is another cluster (a family, a school class). */
const IDENTIFYING = ['nachname', 'vorname', 'geburtsdatum'];
const plausible = (m: number[][]) => FIELDS.every((f, i) => !IDENTIFYING.includes(f.key) || m[i]![0]! > m[i]![f.levels.length - 1]!);

/**
 * The model of two lists (or one list against itself): m by EM on the blocked patterns, u from the
 * random-pair patterns, prior from the expected true pairs over all `possiblePairs`. The EM's
 * non-pair class starts from the random-pair u and learns how blocked non-pairs differ. Should the
 * EM settle on a class that is not the same child, m falls back to the prior values and only the
 * share of true pairs is estimated (`mFromPrior`).
 */
export function estimateModel(blocked: PatternCounts, randomU: number[][], possiblePairs: number, expectedShare: number, options: EstimationOptions = {}): LinkageModel {
  let fit = fitMixture(blocked, randomU, expectedShare, null, options);
  const mFromPrior = !plausible(fit.m);
  if (mFromPrior) fit = fitMixture(blocked, randomU, expectedShare, FIELDS.map((f) => [...f.m]), options);
  const expectedTrue = fit.share * sum(blocked.counts);
  return {
    fields: FIELDS.map((f, i) => ({ key: f.key, m: fit.m[i]!, u: randomU[i]! })),
    prior: priorOf(expectedTrue, possiblePairs),
    expectedTrue,
    iterations: fit.iterations,
    converged: fit.converged,
    mFromPrior,
  };
}

/** A known model on new lists: only the expected number of true pairs (and so the prior) is estimated again. */
export function reestimatePrior(model: LinkageModel, blocked: PatternCounts, possiblePairs: number, expectedShare: number, options: EstimationOptions = {}): LinkageModel {
  const m = model.fields.map((f) => f.m);
  const u = model.fields.map((f) => f.u);
  const fit = fitMixture(blocked, u, expectedShare, m, options);
  const expectedTrue = fit.share * sum(blocked.counts);
  return { ...model, prior: priorOf(expectedTrue, possiblePairs), expectedTrue, iterations: fit.iterations, converged: fit.converged };
}

const priorOf = (expectedTrue: number, possiblePairs: number) => Math.min(0.5, Math.max(1e-12, expectedTrue / Math.max(1, possiblePairs)));

/** log2 Bayes factor of a pattern: how much more likely for the same child than for two others. */
export function patternWeight(model: LinkageModel, pattern: number): number {
  const levels = decodePattern(pattern);
  let w = 0;
  for (let f = 0; f < fieldCount; f++) {
    const l = levels[f]!;
    if (l < levelCount(f)) w += Math.log2(model.fields[f]!.m[l]! / model.fields[f]!.u[l]!);
  }
  return w;
}

/** Probability that a pair with this weight is the same child, given the model's prior. */
export function matchProbability(weight: number, prior: number): number {
  return 1 / (1 + 2 ** -(weight + Math.log2(prior / (1 - prior))));
}

export interface FieldExplanation {
  field: string;
  label: string;
  /** German description of the level, or null when one side has no value. */
  level: string | null;
  /** The level's contribution in bits (0 when missing). */
  weight: number;
}

/** Why a pair scored as it did: each field's level and its weight. */
export function explainPattern(model: LinkageModel, pattern: number): FieldExplanation[] {
  return decodePattern(pattern).map((l, f) => {
    const field = FIELDS[f]!;
    const missing = l >= field.levels.length;
    return {
      field: field.key,
      label: field.label,
      level: missing ? null : field.levelLabels[l]!,
      weight: missing ? 0 : Math.log2(model.fields[f]!.m[l]! / model.fields[f]!.u[l]!),
    };
  });
}
