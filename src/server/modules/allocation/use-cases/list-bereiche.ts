import type { ActorCtx } from '../../../core/context.js';
import { scopesWhere } from '../../../core/policy.js';
import { planningScopesUnder } from '../allocation.repository.js';

/**
 * GET /api/verteilung/bereiche — the Kommunen and Länder where the caller may plan a distribution
 * (create scenarios and previews). Empty for everyone who may only read.
 */
export async function listBereiche(ctx: ActorCtx) {
  const rows = await planningScopesUnder(ctx.db, scopesWhere(ctx.actor, 'allocation.manage'));
  return { items: rows.map((s) => ({ id: s.id, name: s.name, typ: s.type, landId: s.landId })) };
}
