import { allPairs, candidatePairs } from './blocking.js';
import { comparePair } from './compare.js';
import type { LinkDecision, PupilRecord } from './contracts.js';
import { countPatterns, estimateModel, estimateU, patternWeight, reestimatePrior, type LinkageModel } from './model.js';
import type { PreparedRecord } from './prepare.js';
import { randomInt, seededRandom } from './random.js';

/**
 * What linking two lists and searching one list for duplicates share: options, result shapes, and
 * the pipeline of blocking, comparing every blocked pair and estimating the model.
 */

export interface LinkOptions {
  /** From this probability on, a pair is a match (default 0.9). */
  matchProbability?: number;
  /** From this probability on, a pair is proposed for review (default 0.2); below, no pair. */
  reviewProbability?: number;
  /** Registrations are linked one-to-one per group (default: per receiving school, `schule`). */
  groupOf?: (registration: PupilRecord) => string;
  /** A model estimated before (e.g. on the whole round); by default estimated from these lists. */
  model?: LinkageModel;
  /** Also search each list for children who stand in it twice (default true). */
  duplicates?: boolean;
  /** Seed of the random pairs that estimate u. */
  seed?: number;
  /** Random pairs for u (default 100,000; all pairs if there are fewer). */
  samplePairs?: number;
  /** Blocking keys that would pair more records than this are left out (default 2,000). */
  maxPairsPerKey?: number;
  /** Compare every pair instead of blocking: only to measure blocking against (quadratic in time and memory). */
  allPairs?: boolean;
}

export interface LinkedPair {
  /** Positions in the input lists. */
  leaver: number;
  registration: number;
  leaverId: string;
  registrationId: string;
  /** log2 Bayes factor from the field comparisons. */
  weight: number;
  /** Probability that both records are the same child. */
  probability: number;
  decision: LinkDecision;
  /** Comparison pattern, for explainPattern. */
  pattern: number;
}

/** Two entries of one list that are probably the same child. */
export interface DuplicatePair {
  first: number;
  second: number;
  firstId: string;
  secondId: string;
  weight: number;
  probability: number;
  decision: LinkDecision;
  pattern: number;
}

export interface LinkStats {
  left: number;
  right: number;
  candidatePairs: number;
  blockingKeys: number;
  skippedKeys: number;
  sampledPairs: number;
}

export const DEFAULTS = { matchProbability: 0.9, reviewProbability: 0.2, seed: 20_250_601, samplePairs: 100_000 };

/** Patterns of random pairs: all pairs when there are few, else a seeded sample (i ≠ j inside one list). */
export function samplePatterns(left: readonly PreparedRecord[], right: readonly PreparedRecord[] | null, size: number, seed: number): Int32Array {
  const other = right ?? left;
  const schools = right !== null;
  const all = right ? left.length * other.length : left.length * (left.length - 1);
  if (all <= size) {
    const codes = new Int32Array(all);
    let n = 0;
    for (let i = 0; i < left.length; i++) for (let j = 0; j < other.length; j++) if (right || i !== j) codes[n++] = comparePair(left[i]!, other[j]!, schools);
    return codes;
  }
  const random = seededRandom(seed);
  const codes = new Int32Array(size);
  for (let n = 0; n < size; ) {
    const i = randomInt(random, left.length);
    const j = randomInt(random, other.length);
    if (!right && i === j) continue;
    codes[n++] = comparePair(left[i]!, other[j]!, schools);
  }
  return codes;
}

/** Weights by pattern, computed once per distinct pattern. */
export function weigher(model: LinkageModel) {
  const cache = new Map<number, number>();
  return (pattern: number) => {
    let w = cache.get(pattern);
    if (w === undefined) cache.set(pattern, (w = patternWeight(model, pattern)));
    return w;
  };
}

export interface Compared {
  left: Int32Array;
  right: Int32Array;
  patterns: Int32Array;
  stats: LinkStats;
  model: LinkageModel;
}

/** Blocking, comparison and model: what linking two lists and searching one list share. */
export function compareLists(left: readonly PreparedRecord[], right: readonly PreparedRecord[] | null, expectedTrue: number, options: LinkOptions): Compared {
  const blocked = options.allPairs ? allPairs(left.length, right ? right.length : null) : candidatePairs(left, right, { maxPairsPerKey: options.maxPairsPerKey });
  const other = right ?? left;
  const patterns = new Int32Array(blocked.count);
  for (let k = 0; k < blocked.count; k++) patterns[k] = comparePair(left[blocked.left[k]!]!, other[blocked.right[k]!]!, right !== null);
  const counts = countPatterns(patterns);
  const share = blocked.count ? expectedTrue / blocked.count : 0.1;
  const possiblePairs = right ? left.length * right.length : (left.length * (left.length - 1)) / 2;
  let model: LinkageModel;
  let sampledPairs = 0;
  if (options.model) {
    model = reestimatePrior(options.model, counts, possiblePairs, share);
  } else {
    const sample = samplePatterns(left, right, options.samplePairs ?? DEFAULTS.samplePairs, options.seed ?? DEFAULTS.seed);
    sampledPairs = sample.length;
    model = estimateModel(counts, estimateU(countPatterns(sample)), possiblePairs, share);
  }
  const stats = { left: left.length, right: other.length, candidatePairs: blocked.count, blockingKeys: blocked.keys, skippedKeys: blocked.skippedKeys, sampledPairs };
  return { left: blocked.left, right: blocked.right, patterns, stats, model };
}

