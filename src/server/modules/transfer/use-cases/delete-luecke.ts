import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { managedKommune } from '../transfer-access.js';
import { deleteLuecke, findLuecke } from '../transfer.repository.js';

/** DELETE /api/transfer/luecken/:id — removes a gap entered by mistake (transfers keep their history). */
export async function deleteLueckeUseCase(ctx: ActorCtx, id: string, version: number): Promise<void> {
  if (!can(ctx.actor, 'transfer.manage', 'anywhere')) throw forbidden();
  const before = await findLuecke(ctx.db, id);
  if (!before) throw notFound('Die Lücke');
  const kommune = await managedKommune(ctx, before.kommuneId);
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteLuecke(tx, id, version))) throw conflict();
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'luecke.deleted', entityType: 'luecke', entityId: id, scopeId: kommune.id, requestId: ctx.requestId, before: { handlungsfeld: before.handlungsfeld, altersphase: before.altersphase } });
  });
}
