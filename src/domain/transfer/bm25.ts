import type { Analyzer } from './text/analyzer.js';

/**
 * Okapi BM25 over analysed terms (k1 = 1.2, b = 0.75, the usual values): rewards terms that are
 * rare in the library and frequent in a document, dampened for long documents.
 */
export interface Bm25Index {
  /** Score of every document for the query, by position; 0 when no term matches. */
  score(queryTerms: readonly string[]): Float64Array;
  /** Query terms that occur in a document, each once. */
  shared(queryTerms: readonly string[], doc: number): string[];
}

const K1 = 1.2;
const B = 0.75;

export function buildBm25(docs: readonly string[][]): Bm25Index {
  const tf = docs.map((terms) => {
    const m = new Map<string, number>();
    for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const m of tf) for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const avgLen = docs.reduce((s, d) => s + d.length, 0) / Math.max(n, 1);
  const postings = new Map<string, number[]>();
  tf.forEach((m, i) => {
    for (const t of m.keys()) {
      if (!postings.has(t)) postings.set(t, []);
      postings.get(t)!.push(i);
    }
  });
  const idf = (t: string) => {
    const d = df.get(t) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  return {
    score(queryTerms) {
      const scores = new Float64Array(n);
      for (const t of new Set(queryTerms)) {
        const list = postings.get(t);
        if (!list) continue;
        const w = idf(t);
        for (const i of list) {
          const f = tf[i]!.get(t)!;
          scores[i]! += (w * f * (K1 + 1)) / (f + K1 * (1 - B + (B * docs[i]!.length) / avgLen));
        }
      }
      return scores;
    },
    shared(queryTerms, doc) {
      return [...new Set(queryTerms)].filter((t) => tf[doc]!.has(t));
    },
  };
}

export type { Analyzer };
