import type { ErledigungsGrund } from '../../../../domain/transitions/round-contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadFall, presentFallDetail } from '../fall-access.js';
import { updateFall } from '../transitions.repository.js';
import { assertOpen } from '../transitions-access.js';

/** POST …/faelle/:fallId/erledigen — closes the case with a reason (and a note for "sonstiges"). */
export async function resolveFall(ctx: ActorCtx, input: { rundeId: string; fallId: string; grund: ErledigungsGrund; notiz: string | null; version: number }, now = new Date()) {
  if (!can(ctx.actor, 'transitions.coordinate', 'anywhere') && !can(ctx.actor, 'transitions.school', 'anywhere')) throw forbidden();
  const { access, fall } = await loadFall(ctx, input.rundeId, input.fallId);
  assertOpen(access.runde);
  if (fall.status !== 'offen') throw conflict('Der Fall ist nicht offen und kann nicht erledigt werden.');
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await updateFall(tx, fall.id, input.version, { status: 'erledigt', grund: input.grund, notiz: input.notiz, erledigtVon: ctx.actor.id, erledigtAm: now });
    if (!updated) throw conflict();
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'uebergang_fall.resolved', entityType: 'uebergang_fall', entityId: fall.id, scopeId: access.kommune.id, requestId: ctx.requestId, before: { status: fall.status }, after: { status: 'erledigt', grund: input.grund } });
    return updated;
  });
  return presentFallDetail(ctx, access, row);
}
