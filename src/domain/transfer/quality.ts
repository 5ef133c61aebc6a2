/**
 * How well a ranking answers a labelled set of gaps:
 * - top-k recall: per gap, the share of its relevant practices among the first k proposals (out of
 *   at most k relevant ones), averaged over the gaps;
 * - mean reciprocal rank: per gap 1 / rank of the first relevant practice (0 when none is proposed).
 */
export interface RankingQuality {
  gaps: number;
  recallAt: Record<number, number>;
  mrr: number;
  /** Gaps whose first relevant practice is not in the top 3. */
  misses: string[];
}

export function measureRanking(labelled: readonly { id: string; relevant: readonly string[] }[], ranked: ReadonlyMap<string, readonly string[]>, ks: readonly number[] = [1, 3, 5]): RankingQuality {
  const recallAt: Record<number, number> = {};
  for (const k of ks) {
    let sum = 0;
    for (const g of labelled) {
      const topK = (ranked.get(g.id) ?? []).slice(0, k);
      const found = g.relevant.filter((r) => topK.includes(r)).length;
      sum += found / Math.min(k, g.relevant.length);
    }
    recallAt[k] = labelled.length ? sum / labelled.length : 0;
  }
  let rr = 0;
  const misses: string[] = [];
  for (const g of labelled) {
    const list = ranked.get(g.id) ?? [];
    const first = list.findIndex((p) => g.relevant.includes(p));
    if (first >= 0) rr += 1 / (first + 1);
    if (first < 0 || first >= 3) misses.push(g.id);
  }
  return { gaps: labelled.length, recallAt, mrr: labelled.length ? rr / labelled.length : 0, misses };
}
