import type { ActorCtx } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { mayManage, mayReadGrid } from '../transfer-access.js';
import { presentLuecke } from '../transfer.presenters.js';
import { findKommune, lueckenOf } from '../transfer.repository.js';

/** GET /api/transfer/kommunen/:id/luecken — a Kommune's gap grid, for its own people and its learning network. */
export async function getLueckenraster(ctx: ActorCtx, kommuneId: string) {
  if (!can(ctx.actor, 'transfer.read', 'anywhere')) throw forbidden();
  const kommune = await findKommune(ctx.db, kommuneId);
  if (!kommune || !(await mayReadGrid(ctx, kommuneId))) throw notFound('Die Kommune');
  const rows = await lueckenOf(ctx.db, [kommuneId]);
  return { kommune: { id: kommune.id, name: kommune.name }, darfBearbeiten: mayManage(ctx, kommune), items: rows.map((l) => presentLuecke(l, new Map([[kommune.id, kommune]]))) };
}
