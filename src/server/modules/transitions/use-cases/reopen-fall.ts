import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadFall, presentFallDetail } from '../fall-access.js';
import { updateFall } from '../transitions.repository.js';
import { assertOpen } from '../transitions-access.js';

/** POST …/faelle/:fallId/wiedereroeffnen — a resolved case is opened again; reason and note are cleared. */
export async function reopenFall(ctx: ActorCtx, input: { rundeId: string; fallId: string; version: number }) {
  if (!can(ctx.actor, 'transitions.coordinate', 'anywhere') && !can(ctx.actor, 'transitions.school', 'anywhere')) throw forbidden();
  const { access, fall } = await loadFall(ctx, input.rundeId, input.fallId);
  assertOpen(access.runde);
  if (fall.status !== 'erledigt') throw conflict('Nur erledigte Fälle können wieder eröffnet werden.');
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await updateFall(tx, fall.id, input.version, { status: 'offen', grund: null, notiz: null, erledigtVon: null, erledigtAm: null });
    if (!updated) throw conflict();
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'uebergang_fall.reopened', entityType: 'uebergang_fall', entityId: fall.id, scopeId: access.kommune.id, requestId: ctx.requestId, before: { status: fall.status, grund: fall.grund }, after: { status: 'offen' } });
    return updated;
  });
  return presentFallDetail(ctx, access, row);
}
