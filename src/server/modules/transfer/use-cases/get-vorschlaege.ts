import type { ActorCtx } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { presentProposals, rankForGaps, wholeLibrary } from '../ranking.js';
import { mayReadGrid } from '../transfer-access.js';
import { presentLuecke } from '../transfer.presenters.js';
import { findLuecke } from '../transfer.repository.js';

/** GET /api/transfer/luecken/:id/vorschlaege — one to five practices of other Kommunen, with the reasons in words. */
export async function getVorschlaege(ctx: ActorCtx, id: string) {
  if (!can(ctx.actor, 'transfer.read', 'anywhere')) throw forbidden();
  const luecke = await findLuecke(ctx.db, id);
  if (!luecke || !(await mayReadGrid(ctx, luecke.kommuneId))) throw notFound('Die Lücke');
  const library = await wholeLibrary(ctx.db);
  const { ranked, kommunen, praxis } = await rankForGaps(ctx.db, [luecke], library.practices, 5, library);
  return { luecke: presentLuecke(luecke, kommunen), items: presentProposals(ranked.get(luecke.id) ?? [], praxis, kommunen) };
}
