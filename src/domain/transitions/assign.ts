/**
 * One-to-one assignment, greedy by weight: the strongest pair is taken first, then the strongest
 * pair whose records are both still free, and so on. A left record may be taken once per group
 * (each receiving school's list is linked on its own, so a child registered at two schools keeps
 * both registrations); a right record once. Ties go to the smaller positions, so the result does
 * not depend on the order of the input.
 */
export interface WeightedPair {
  left: number;
  right: number;
  weight: number;
  /** The right record's group, e.g. the receiving school. */
  group: number;
}

/** Per input pair: taken or not. */
export function assignOneToOne(pairs: readonly WeightedPair[]): boolean[] {
  const order = pairs.map((_, i) => i).sort((x, y) => pairs[y]!.weight - pairs[x]!.weight || pairs[x]!.left - pairs[y]!.left || pairs[x]!.right - pairs[y]!.right);
  const leftTaken = new Set<string>();
  const rightTaken = new Set<number>();
  const taken = new Array<boolean>(pairs.length).fill(false);
  for (const i of order) {
    const p = pairs[i]!;
    const slot = `${p.left}|${p.group}`;
    if (rightTaken.has(p.right) || leftTaken.has(slot)) continue;
    taken[i] = true;
    rightTaken.add(p.right);
    leftTaken.add(slot);
  }
  return taken;
}

/**
 * Odds a pair starts with before its comparison, from the leaver's side (a) and the registration's
 * side (b). The share of leavers with a registration is the EM's estimate, pulled towards 90 % by
 * 20 pseudo-records: in long lists the data decides, in a class of five the estimate is no guide.
 */
export function startingOdds(expectedTrue: number, nLeft: number, nRight: number): { a: number; b: number } {
  const share = (n: number) => Math.min(0.999, Math.max(1e-9, (Math.min(expectedTrue, n) + 0.9 * 20) / (n + 20)));
  const [pi, rho] = [share(nLeft), share(nRight)];
  return { a: pi / ((1 - pi) * Math.max(1, nRight)), b: rho / ((1 - rho) * Math.max(1, nLeft)) };
}

/**
 * Probability of each taken pair under "at most one counterpart": a leaver has a registration with
 * probability π (expected true pairs / leavers), any of the n registrations alike, so a pair starts
 * at odds π / ((1 − π) n); its Bayes factor raises them, and rivals for the same leaver at the same
 * school share the probability: P = a·BF / (1 + a·(BF + ΣBF of rivals)). The same from the
 * registration's side; the smaller of both counts. A rival counts only if it is not explained away:
 * its other record is free, or taken by a weaker pair. Entries of one list that are the same child
 * (duplicates) are no rivals of each other. So two equally good candidates get ½ each, and a pair
 * alone with a moderate weight is still likely when nearly every leaver has a registration.
 */
export function oneToOneProbabilities(
  pairs: readonly (WeightedPair & { factor: number })[],
  taken: readonly boolean[],
  leaverCluster: Int32Array,
  registrationCluster: Int32Array,
  expectedTrue: number,
): Float64Array {
  const { a, b } = startingOdds(expectedTrue, leaverCluster.length, registrationCluster.length);

  const slotOf = (p: WeightedPair) => `${p.left}|${p.group}`;
  const bySlot = new Map<string, number>();
  const byRight = new Map<number, number>();
  pairs.forEach((p, k) => {
    if (!taken[k]) return;
    bySlot.set(slotOf(p), k);
    byRight.set(p.right, k);
  });
  const factorOf = (k: number | undefined) => (k === undefined ? -Infinity : pairs[k]!.factor);
  const leftRivals = new Float64Array(pairs.length);
  const rightRivals = new Float64Array(pairs.length);
  pairs.forEach((p, k) => {
    if (taken[k]) return;
    const viaLeft = bySlot.get(slotOf(p));
    if (viaLeft !== undefined && registrationCluster[p.right] !== registrationCluster[pairs[viaLeft]!.right] && factorOf(byRight.get(p.right)) < p.factor) leftRivals[viaLeft]! += p.factor;
    const viaRight = byRight.get(p.right);
    if (viaRight !== undefined && leaverCluster[p.left] !== leaverCluster[pairs[viaRight]!.left] && factorOf(bySlot.get(slotOf(p))) < p.factor) rightRivals[viaRight]! += p.factor;
  });
  const result = new Float64Array(pairs.length);
  pairs.forEach((p, k) => {
    if (!taken[k]) return;
    const fromLeft = (a * p.factor) / (1 + a * (p.factor + leftRivals[k]!));
    const fromRight = (b * p.factor) / (1 + b * (p.factor + rightRivals[k]!));
    result[k] = Math.min(fromLeft, fromRight);
  });
  return result;
}

