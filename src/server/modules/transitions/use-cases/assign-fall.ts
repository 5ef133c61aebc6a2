import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden, invalid } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadFall, presentFallDetail } from '../fall-access.js';
import { updateFall } from '../transitions.repository.js';
import { assertOpen } from '../transitions-access.js';

/** POST …/faelle/:fallId/zuweisung — the coordination hands a case to a school of the round (or takes it back). */
export async function assignFall(ctx: ActorCtx, input: { rundeId: string; fallId: string; schuleId: string | null; version: number }) {
  if (!can(ctx.actor, 'transitions.coordinate', 'anywhere')) throw forbidden();
  const { access, fall } = await loadFall(ctx, input.rundeId, input.fallId, 'assign');
  assertOpen(access.runde);
  if (input.schuleId && !access.schulen.some((s) => s.id === input.schuleId)) throw invalid('schuleId', 'Diese Schule nimmt an der Runde nicht teil.');
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await updateFall(tx, fall.id, input.version, { zugewiesenAn: input.schuleId });
    if (!updated) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'uebergang_fall.assigned',
      entityType: 'uebergang_fall',
      entityId: fall.id,
      scopeId: access.kommune.id,
      requestId: ctx.requestId,
      before: { zugewiesenAn: fall.zugewiesenAn },
      after: { zugewiesenAn: input.schuleId },
    });
    return updated;
  });
  return presentFallDetail(ctx, access, row);
}
