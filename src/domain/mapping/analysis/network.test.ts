import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseNetwork, articulationPoints, BROKER_BETWEENNESS, type NetworkLink } from './network.js';

const link = (source: string, target: string): NetworkLink => ({ source, target });

/** Articulation points by definition: removing the node raises the number of connected components. */
function bruteForceCutVertices(n: number, edges: [number, number][]): Set<number> {
  const components = (skip: number) => {
    const seen = new Set<number>([skip]);
    let count = 0;
    for (let s = 0; s < n; s += 1) {
      if (seen.has(s)) continue;
      count += 1;
      const stack = [s];
      seen.add(s);
      while (stack.length) {
        const v = stack.pop()!;
        for (const [a, b] of edges) {
          const w = a === v ? b : b === v ? a : -1;
          if (w < 0 || seen.has(w)) continue;
          seen.add(w);
          stack.push(w);
        }
      }
    }
    return count;
  };
  const base = components(-1);
  const out = new Set<number>();
  // Removing a node from its component: compare with the count without the node (an isolated node removed lowers it by one).
  for (let v = 0; v < n; v += 1) {
    const isolated = !edges.some(([a, b]) => a === v || b === v);
    if (components(v) > base - (isolated ? 1 : 0)) out.add(v);
  }
  return out;
}

describe('analyseNetwork', () => {
  it('marks the centre of a star as broker and a lone actor as isolated', () => {
    const { metrics, komponenten } = analyseNetwork(['centre', 'a', 'b', 'c', 'd', 'lone'], [link('centre', 'a'), link('centre', 'b'), link('centre', 'c'), link('d', 'centre')]);
    const centre = metrics.get('centre')!;
    expect(centre).toMatchObject({ degree: 4, kooperationen: 4, articulation: true, broker: true, isolated: false });
    expect(centre.betweenness).toBeGreaterThan(0.5);
    for (const leaf of ['a', 'b', 'c', 'd']) expect(metrics.get(leaf)).toMatchObject({ degree: 1, betweenness: 0, articulation: false, broker: false, isolated: false });
    expect(metrics.get('lone')).toMatchObject({ degree: 0, kooperationen: 0, isolated: true, broker: false, betweenness: 0 });
    expect(komponenten).toBe(1);
  });

  it('gives a pure star centre betweenness 1', () => {
    const { metrics } = analyseNetwork(['c', 'a', 'b', 'd'], [link('c', 'a'), link('c', 'b'), link('c', 'd')]);
    expect(metrics.get('c')!.betweenness).toBe(1);
  });

  it('finds no broker in a ring (every actor can be bypassed)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const { metrics } = analyseNetwork(
      ids,
      ids.map((id, i) => link(id, ids[(i + 1) % ids.length]!)),
    );
    for (const id of ids) {
      expect(metrics.get(id)!.articulation).toBe(false);
      // In a ring of six, each actor lies on 2 of the 10 pairs' shortest connections (ties shared).
      expect(metrics.get(id)!.betweenness).toBe(0.2);
      expect(metrics.get(id)!.broker).toBe(false);
    }
  });

  it('marks both hubs of two hubs sharing three partners as brokers (betweenness 0.25, no articulation point)', () => {
    const partners = ['p1', 'p2', 'p3'];
    const { metrics } = analyseNetwork(['h1', 'h2', ...partners], partners.flatMap((p) => [link('h1', p), link('h2', p)]));
    for (const hub of ['h1', 'h2']) expect(metrics.get(hub)).toMatchObject({ betweenness: 0.25, articulation: false, broker: true });
    for (const p of partners) expect(metrics.get(p)!.broker).toBe(false);
  });

  it('counts several cooperations with the same partner once as degree, each as cooperation', () => {
    const { metrics } = analyseNetwork(['a', 'b'], [link('a', 'b'), link('b', 'a'), link('a', 'b')]);
    expect(metrics.get('a')).toMatchObject({ degree: 1, kooperationen: 3 });
  });

  it('ignores loops and links to actors that are not shown', () => {
    const { metrics } = analyseNetwork(['a', 'b'], [link('a', 'a'), link('a', 'x')]);
    expect(metrics.get('a')).toMatchObject({ degree: 0, kooperationen: 0, isolated: true });
  });

  it('marks the bridge between two groups as broker', () => {
    // Two triangles joined by the edge c–d: c and d are articulation points.
    const { metrics, komponenten } = analyseNetwork(['a', 'b', 'c', 'd', 'e', 'f'], [link('a', 'b'), link('b', 'c'), link('a', 'c'), link('c', 'd'), link('d', 'e'), link('e', 'f'), link('d', 'f')]);
    expect([...metrics].filter(([, m]) => m.broker).map(([id]) => id)).toEqual(['c', 'd']);
    expect(komponenten).toBe(1);
  });

  it('counts groups of two or more as components', () => {
    expect(analyseNetwork(['a', 'b', 'c', 'd', 'e'], [link('a', 'b'), link('c', 'd')]).komponenten).toBe(2);
  });

  it('lays out the same network the same way, whatever the input order', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const links = ids.slice(1).map((id, i) => link(ids[Math.floor(i / 3)]!, id));
    const a = analyseNetwork(ids, links);
    const b = analyseNetwork([...ids].reverse(), [...links].reverse());
    for (const id of ids) expect(b.metrics.get(id)).toEqual(a.metrics.get(id));
  });

  it('places isolated actors below the connected ones', () => {
    const { metrics } = analyseNetwork(['a', 'b', 'c', 'z1', 'z2'], [link('a', 'b'), link('b', 'c')]);
    const lowestConnected = Math.max(...['a', 'b', 'c'].map((id) => metrics.get(id)!.y));
    for (const id of ['z1', 'z2']) expect(metrics.get(id)!.y).toBeGreaterThan(lowestConnected);
  });

  it('property: every metric is consistent with its definition', () => {
    const graphs = fc.integer({ min: 1, max: 14 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 30 }),
      }),
    );
    fc.assert(
      fc.property(graphs, ({ n, edges }) => {
        const ids = Array.from({ length: n }, (_, i) => `a${String(i).padStart(2, '0')}`);
        const { metrics } = analyseNetwork(
          ids,
          edges.map(([x, y]) => link(ids[x]!, ids[y]!)),
        );
        const simple = edges.filter(([x, y]) => x !== y);
        const cut = bruteForceCutVertices(n, simple);
        ids.forEach((id, i) => {
          const m = metrics.get(id)!;
          const partners = new Set(simple.flatMap(([x, y]) => (x === i ? [y] : y === i ? [x] : [])));
          expect(m.degree).toBe(partners.size);
          expect(m.kooperationen).toBe(simple.filter(([x, y]) => x === i || y === i).length);
          expect(m.isolated).toBe(partners.size === 0);
          expect(m.articulation).toBe(cut.has(i));
          expect(m.broker).toBe(m.articulation || m.betweenness >= BROKER_BETWEENNESS);
          expect(m.betweenness).toBeGreaterThanOrEqual(0);
          expect(m.betweenness).toBeLessThanOrEqual(1);
          if (m.degree <= 1) expect(m.betweenness).toBe(0);
          expect(Number.isFinite(m.x) && Number.isFinite(m.y)).toBe(true);
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('articulationPoints', () => {
  it('handles a long chain without deep recursion', () => {
    const n = 20_000;
    const adjacency = Array.from({ length: n }, (_, i) => [i - 1, i + 1].filter((j) => j >= 0 && j < n));
    const cut = articulationPoints(adjacency);
    expect(cut.size).toBe(n - 2);
    expect(cut.has(0) || cut.has(n - 1)).toBe(false);
  });
});
