import { UndirectedGraph } from 'graphology';
import { circular } from 'graphology-layout';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { NETZWERK_NAMEN_BIS } from './contracts.js';

/** These CommonJS packages export a function; their typings call it `default`. Both shapes work. */
const commonJs = <T>(m: { default: T }): T => (m as unknown as { default?: T }).default ?? (m as unknown as T);
const betweennessCentrality = commonJs(betweennessModule);
const forceAtlas2 = commonJs(forceAtlas2Module);

/**
 * Metrics and a deterministic layout of a cooperation network (actors = nodes, cooperations = edges).
 *
 * Definitions (shown to users in the same words):
 * - degree: number of distinct partners; several cooperations with the same partner count once.
 * - isolated: an actor without any cooperation in the shown network.
 * - betweenness: normalised betweenness centrality (Brandes) on the undirected simple graph of all
 *   shown actors: the share of pairs of other actors whose shortest connections run through this
 *   actor, 0–1 (a star's centre has 1).
 * - articulation point: removing the actor splits its connected group in two or more parts; some of
 *   its partners reach the rest only through it.
 * - broker ("Brückenakteur"): an articulation point, or an actor with betweenness of at least
 *   BROKER_BETWEENNESS (on at least a quarter of all shortest connections between other actors).
 *   The threshold keeps symmetric groups free of brokers: in a ring of six everyone has 0.2.
 *
 * Layout: ForceAtlas2 (graphology) from a circular start in id order, a fixed number of
 * iterations, so the same network always gets the same positions. Isolated actors are set apart
 * on a grid below the connected part, so they are easy to see. Networks of up to
 * NETZWERK_NAMEN_BIS actors are drawn with names and get wider spacing.
 */

export const BROKER_BETWEENNESS = 0.25;

export interface NetworkLink {
  source: string;
  target: string;
}

export interface NodeMetrics {
  degree: number;
  kooperationen: number;
  betweenness: number;
  articulation: boolean;
  isolated: boolean;
  broker: boolean;
  x: number;
  y: number;
}

export interface NetworkAnalysis {
  metrics: Map<string, NodeMetrics>;
  /** Connected groups of at least two actors. */
  komponenten: number;
}

/** Side of the square the connected part is fitted into, at least. */
const MIN_SIDE = 520;

/** Articulation points of an undirected simple graph given as adjacency lists (iterative Tarjan). */
export function articulationPoints(adjacency: readonly (readonly number[])[]): Set<number> {
  const n = adjacency.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const out = new Set<number>();
  let time = 0;
  for (let root = 0; root < n; root += 1) {
    if (disc[root] !== -1) continue;
    let rootChildren = 0;
    const stack = [root];
    disc[root] = low[root] = time++;
    while (stack.length) {
      const v = stack[stack.length - 1]!;
      const neighbours = adjacency[v]!;
      if (next[v]! < neighbours.length) {
        const w = neighbours[next[v]!]!;
        next[v] = next[v]! + 1;
        if (disc[w] === -1) {
          parent[w] = v;
          if (v === root) rootChildren += 1;
          disc[w] = low[w] = time++;
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, disc[w]!);
        }
      } else {
        stack.pop();
        const p = parent[v]!;
        if (p !== -1) {
          low[p] = Math.min(low[p]!, low[v]!);
          if (p !== root && low[v]! >= disc[p]!) out.add(p);
        }
      }
    }
    if (rootChildren > 1) out.add(root);
  }
  return out;
}

function iterationsFor(order: number): number {
  if (order <= 200) return 300;
  if (order <= 1000) return 120;
  return 60;
}

/** Fits positions into a square of side `side` starting at (0, 0). */
function fit(positions: Map<string, { x: number; y: number }>, side: number): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const span = Math.max(maxX - minX, maxY - minY);
  const scale = span > 0 ? side / span : 1;
  for (const p of positions.values()) {
    p.x = (p.x - minX) * scale;
    p.y = (p.y - minY) * scale;
  }
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

/** Metrics and positions of every node; links to unknown nodes and loops are ignored. */
export function analyseNetwork(nodeIds: readonly string[], links: readonly NetworkLink[]): NetworkAnalysis {
  const ids = [...new Set(nodeIds)].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const adjacencySets = ids.map(() => new Set<number>());
  const kooperationen = new Int32Array(ids.length);
  for (const link of links) {
    const a = index.get(link.source);
    const b = index.get(link.target);
    if (a === undefined || b === undefined || a === b) continue;
    adjacencySets[a]!.add(b);
    adjacencySets[b]!.add(a);
    kooperationen[a] = kooperationen[a]! + 1;
    kooperationen[b] = kooperationen[b]! + 1;
  }
  const adjacency = adjacencySets.map((s) => [...s].sort((x, y) => x - y));

  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (const id of ids) graph.addNode(id);
  adjacency.forEach((neighbours, a) => {
    for (const b of neighbours) if (a < b) graph.addEdge(ids[a]!, ids[b]!);
  });
  const betweenness = ids.length > 2 ? betweennessCentrality(graph, { normalized: true }) : {};
  const cut = articulationPoints(adjacency);

  // Connected groups of at least two actors.
  const seen = new Uint8Array(ids.length);
  let komponenten = 0;
  for (let i = 0; i < ids.length; i += 1) {
    if (seen[i] || adjacency[i]!.length === 0) continue;
    komponenten += 1;
    const stack = [i];
    seen[i] = 1;
    while (stack.length) {
      for (const w of adjacency[stack.pop()!]!) {
        if (seen[w]) continue;
        seen[w] = 1;
        stack.push(w);
      }
    }
  }

  // Layout of the connected part. Small networks are shown with names, so they get more room.
  const spacing = ids.length <= NETZWERK_NAMEN_BIS ? { node: 110, column: 170, row: 70 } : { node: 50, column: 48, row: 48 };
  const connected = ids.filter((_, i) => adjacency[i]!.length > 0);
  const positions = new Map<string, { x: number; y: number }>();
  let side = 0;
  if (connected.length) {
    const sub = new UndirectedGraph({ allowSelfLoops: false });
    for (const id of connected) sub.addNode(id);
    graph.forEachEdge((_edge, _attributes, source, target) => {
      sub.addEdge(source, target);
    });
    circular.assign(sub, { scale: 100 });
    const settings = { ...forceAtlas2.inferSettings(sub), barnesHutOptimize: sub.order > 300 };
    const layout = forceAtlas2(sub, { iterations: iterationsFor(sub.order), settings });
    for (const id of connected) {
      const p = layout[id]!;
      positions.set(id, { x: Number.isFinite(p.x) ? p.x : 0, y: Number.isFinite(p.y) ? p.y : 0 });
    }
    side = Math.max(MIN_SIDE, spacing.node * Math.sqrt(connected.length));
    fit(positions, side);
  }
  // Isolated actors on a grid below.
  const isolated = ids.filter((_, i) => adjacency[i]!.length === 0);
  const columns = Math.max(1, Math.floor(Math.max(side, MIN_SIDE) / spacing.column) + 1);
  const top = connected.length ? side + spacing.row * 2 : 0;
  isolated.forEach((id, i) => positions.set(id, { x: (i % columns) * spacing.column, y: top + Math.floor(i / columns) * spacing.row }));

  const metrics = new Map<string, NodeMetrics>();
  ids.forEach((id, i) => {
    const b = round4(betweenness[id] ?? 0);
    const articulation = cut.has(i);
    const p = positions.get(id)!;
    metrics.set(id, {
      degree: adjacency[i]!.length,
      kooperationen: kooperationen[i]!,
      betweenness: b,
      articulation,
      isolated: adjacency[i]!.length === 0,
      broker: articulation || b >= BROKER_BETWEENNESS,
      x: round1(p.x),
      y: round1(p.y),
    });
  });
  return { metrics, komponenten };
}
