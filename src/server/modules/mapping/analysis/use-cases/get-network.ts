import { createHash } from 'node:crypto';
import type { Netzwerk, NetzwerkQuery } from '../../../../../domain/mapping/analysis/contracts.js';
import { analyseNetwork, BROKER_BETWEENNESS, type NetworkAnalysis } from '../../../../../domain/mapping/analysis/network.js';
import type { Kreis, KooperationsTyp } from '../../../../../domain/mapping/vocabulary.js';
import type { ActorCtx } from '../../../../core/context.js';
import { typeLabels } from '../../mapping.presenters.js';
import { assertSitesInKommune, loadKommune, readsAll } from '../../mapping-access.js';
import { actorsAtSite, actorsWithField, networkActors, networkCooperations } from '../analysis.repository.js';

/**
 * The cooperation network of a Kommune with metrics and positions.
 *
 * Filters narrow the actors; the network shows the actors that match every filter and the
 * cooperations between them (metrics are computed on exactly that network):
 * - standortId: actors placed at the school, or with a cooperation located there;
 * - typ: actors of that type (Art);
 * - handlungsfeld: actors that carry a visible offer of that field that has not ended.
 */
export async function getNetwork(ctx: ActorCtx, input: NetzwerkQuery & { kommuneId: string }): Promise<Netzwerk> {
  const kommune = await loadKommune(ctx, input.kommuneId);
  if (input.standortId) await assertSitesInKommune(ctx, kommune, [input.standortId], 'standortId');
  const visibility = { kommuneId: kommune.id, all: readsAll(ctx, kommune) };
  const [actors, cooperations, atSite, withField, label] = await Promise.all([
    networkActors(ctx.db, visibility, { typ: input.typ }),
    networkCooperations(ctx.db, visibility),
    input.standortId ? actorsAtSite(ctx.db, input.standortId) : null,
    input.handlungsfeld ? actorsWithField(ctx.db, visibility, input.handlungsfeld) : null,
    typeLabels(ctx.db, [kommune.id]),
  ]);
  if (atSite) for (const k of cooperations) if (k.schuleId === input.standortId) atSite.add(k.source).add(k.target);

  const nodes = actors.filter((a) => (!atSite || atSite.has(a.id)) && (!withField || withField.has(a.id)));
  const shown = new Set(nodes.map((a) => a.id));
  const edges = cooperations.filter((k) => shown.has(k.source) && shown.has(k.target));
  const { metrics, komponenten } = analyse(
    nodes.map((a) => a.id),
    edges,
  );

  const out = nodes.map((a) => ({ id: a.id, name: a.name, typ: a.typ, typLabel: label(kommune.id, a.typ), kreis: a.kreis as Kreis, ...metrics.get(a.id)! }));
  return {
    kommuneId: kommune.id,
    kommuneName: kommune.name,
    nurGeteilt: !visibility.all,
    nodes: out,
    edges: edges.map((k) => ({ id: k.id, source: k.source, target: k.target, typ: k.typ as KooperationsTyp })),
    summary: {
      akteure: out.length,
      kooperationen: edges.length,
      isolated: out.filter((n) => n.isolated).length,
      brokers: out.filter((n) => n.broker).length,
      komponenten,
    },
    brokerSchwelle: BROKER_BETWEENNESS,
  };
}

// Betweenness and layout cost about a second for 2,000 actors; the same network (same actors and
// links) gives the same result, so recent results are kept per process.
const CACHE_SIZE = 24;
const cache = new Map<string, NetworkAnalysis>();

function analyse(ids: string[], links: { source: string; target: string }[]): NetworkAnalysis {
  const hash = createHash('sha256');
  for (const id of [...ids].sort()) hash.update(`${id};`);
  hash.update('|');
  for (const pair of links.map((l) => (l.source < l.target ? `${l.source}-${l.target}` : `${l.target}-${l.source}`)).sort()) hash.update(`${pair};`);
  const key = hash.digest('hex');
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = analyseNetwork(ids, links);
  cache.set(key, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return result;
}

/** Drops remembered results (benchmarks measure the computation itself). */
export function clearNetworkCache(): void {
  cache.clear();
}
