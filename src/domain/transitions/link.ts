import { assignOneToOne, oneToOneProbabilities, startingOdds, type WeightedPair } from './assign.js';
import { compareLists, DEFAULTS, weigher, type DuplicatePair, type LinkedPair, type LinkOptions, type LinkStats } from './compare-lists.js';
import type { LinkDecision, PupilRecord } from './contracts.js';
import { clustersOf, duplicatesIn } from './duplicates.js';
import type { LinkageModel } from './model.js';
import { recordPreparer } from './prepare.js';

export interface LinkResult {
  pairs: LinkedPair[];
  leaverDuplicates: DuplicatePair[];
  registrationDuplicates: DuplicatePair[];
  model: LinkageModel;
  stats: LinkStats;
}

/**
 * Links a leaver list with a registration list: each leaver to at most one registration per
 * receiving school, each registration to at most one leaver (greedy by weight). A taken pair is
 * `match` from the match probability on, `review` from the review probability on, else left out.
 * Also searches each list for entries that are the same child (unless `duplicates: false`).
 */
export function linkLists(leavers: readonly PupilRecord[], registrations: readonly PupilRecord[], options: LinkOptions = {}): LinkResult {
  const prepare = recordPreparer();
  const left = leavers.map(prepare);
  const right = registrations.map(prepare);
  const compared = compareLists(left, right, Math.min(left.length, right.length), options);
  const { model } = compared;
  const weightOf = weigher(model);
  const review = options.reviewProbability ?? DEFAULTS.reviewProbability;
  const match = options.matchProbability ?? DEFAULTS.matchProbability;

  const withDuplicates = options.duplicates !== false;
  const leaverDuplicates = withDuplicates ? duplicatesIn(left, leavers, { ...options, model }).pairs : [];
  const registrationDuplicates = withDuplicates ? duplicatesIn(right, registrations, { ...options, model }).pairs : [];

  const groupOf = options.groupOf ?? ((r: PupilRecord) => r.schule ?? '');
  const groups = new Map<string, number>();
  const groupIndex = registrations.map((r) => {
    const g = groupOf(r);
    if (!groups.has(g)) groups.set(g, groups.size);
    return groups.get(g)!;
  });

  // Pairs too weak to reach review even without any rival are left out before the assignment.
  const { a, b } = startingOdds(model.expectedTrue, leavers.length, registrations.length);
  const floor = Math.log2(review / (1 - review)) - Math.log2(Math.min(a, b));
  const candidates: (WeightedPair & { factor: number; pattern: number })[] = [];
  for (let k = 0; k < compared.patterns.length; k++) {
    const pattern = compared.patterns[k]!;
    const weight = weightOf(pattern);
    if (weight < floor) continue;
    const r = compared.right[k]!;
    candidates.push({ left: compared.left[k]!, right: r, weight, factor: 2 ** weight, group: groupIndex[r]!, pattern });
  }
  const taken = assignOneToOne(candidates);
  const probabilities = oneToOneProbabilities(candidates, taken, clustersOf(leavers.length, leaverDuplicates), clustersOf(registrations.length, registrationDuplicates), model.expectedTrue);
  const pairs: LinkedPair[] = [];
  candidates.forEach((p, k) => {
    const probability = probabilities[k]!;
    if (!taken[k] || probability < review) return;
    const decision: LinkDecision = probability >= match ? 'match' : 'review';
    pairs.push({ leaver: p.left, registration: p.right, leaverId: leavers[p.left]!.id, registrationId: registrations[p.right]!.id, weight: p.weight, probability, decision, pattern: p.pattern });
  });
  pairs.sort((x, y) => x.leaver - y.leaver || y.weight - x.weight);
  return { pairs, leaverDuplicates, registrationDuplicates, model, stats: compared.stats };
}

