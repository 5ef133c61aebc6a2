import { duplicateVerdict } from './compare.js';
import { compareLists, DEFAULTS, weigher, type DuplicatePair, type LinkOptions, type LinkStats } from './compare-lists.js';
import type { LinkDecision, PupilRecord } from './contracts.js';
import { matchProbability, type LinkageModel } from './model.js';
import { recordPreparer, type PreparedRecord } from './prepare.js';

export interface DuplicateResult {
  pairs: DuplicatePair[];
  model: LinkageModel;
  stats: LinkStats;
}

/** Duplicate search on prepared records; first names decide between twins and duplicates (duplicateVerdict). */
export function duplicatesIn(prepared: readonly PreparedRecord[], records: readonly PupilRecord[], options: LinkOptions): DuplicateResult {
  const compared = compareLists(prepared, null, Math.max(1, records.length * 0.01), options);
  const { model } = compared;
  const weightOf = weigher(model);
  const review = options.reviewProbability ?? DEFAULTS.reviewProbability;
  const match = options.matchProbability ?? DEFAULTS.matchProbability;
  const pairs: DuplicatePair[] = [];
  for (let k = 0; k < compared.patterns.length; k++) {
    const pattern = compared.patterns[k]!;
    const weight = weightOf(pattern);
    const probability = matchProbability(weight, model.prior);
    const verdict = duplicateVerdict(pattern);
    if (probability < review || verdict === 'none') continue;
    const [first, second] = [compared.left[k]!, compared.right[k]!];
    const decision: LinkDecision = probability >= match && verdict === 'any' ? 'match' : 'review';
    pairs.push({ first, second, firstId: records[first]!.id, secondId: records[second]!.id, weight, probability, decision, pattern });
  }
  pairs.sort((x, y) => x.first - y.first || x.second - y.second);
  return { pairs, model, stats: compared.stats };
}

/**
 * The same engine on one list against itself: entries that are probably the same child (typed in
 * twice, registered twice). Without a model, one is estimated from the list; better is the model of
 * the linkage (linkLists does that), since duplicates are too rare to estimate m from.
 */
export function findDuplicates(records: readonly PupilRecord[], options: Omit<LinkOptions, 'groupOf' | 'duplicates'> = {}): DuplicateResult {
  return duplicatesIn(records.map(recordPreparer()), records, options);
}

/** Entries joined by `match` duplicate pairs share a cluster number (union-find). */
export function clustersOf(size: number, duplicates: readonly DuplicatePair[]): Int32Array {
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const d of duplicates) if (d.decision === 'match') parent[root(d.first)] = root(d.second);
  for (let i = 0; i < size; i++) parent[i] = root(i);
  return parent;
}

