import type { ActorCtx } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { networksWithKommunen } from '../../networks/learning-networks.js';
import { presentProposals, rankForGaps } from '../ranking.js';
import { ownKommunen } from '../transfer-access.js';
import { presentLuecke } from '../transfer.presenters.js';
import { lueckenOf, praxisForRanking } from '../transfer.repository.js';

/**
 * GET /api/transfer/netzwerke/:id/matches — the learning network's "Matches": every open gap of its
 * Kommunen with the practices of the other Kommunen of the network that answer it.
 */
export async function getMatches(ctx: ActorCtx, netzwerkId: string) {
  if (!can(ctx.actor, 'transfer.read', 'anywhere')) throw forbidden();
  const [netzwerk] = await networksWithKommunen(ctx.db, [netzwerkId]);
  if (!netzwerk) throw notFound('Das Netzwerk');
  // Only Kommunen of the network see its matches; sharing another network with a member is not enough.
  const isAdmin = ctx.actor.memberships.some((m) => m.role === 'administration');
  const own = new Set((await ownKommunen(ctx)).map((k) => k.id));
  if (!isAdmin && !netzwerk.kommunen.some((k) => own.has(k.id))) throw notFound('Das Netzwerk');
  const ids = netzwerk.kommunen.map((k) => k.id);
  const gaps = (await lueckenOf(ctx.db, ids)).filter((l) => l.status !== 'geloest');
  const { ranked, kommunen, praxis } = await rankForGaps(ctx.db, gaps, await praxisForRanking(ctx.db, ids));
  return {
    netzwerk: { id: netzwerk.id, name: netzwerk.name },
    kommunen: netzwerk.kommunen,
    items: gaps.map((g) => ({
      luecke: presentLuecke(g, kommunen),
      vorschlaege: presentProposals(ranked.get(g.id) ?? [], praxis, kommunen),
    })),
  };
}
