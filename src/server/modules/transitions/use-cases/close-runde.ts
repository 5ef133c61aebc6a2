import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadRoundState, statisticsOf } from '../round-state.js';
import { updateRunde } from '../transitions.repository.js';
import { assertOpen, loadRunde } from '../transitions-access.js';
import { deleteRoundData } from '../delete-round-data.js';
import { getRunde } from './get-runde.js';

const DAY_MS = 86_400_000;

/**
 * POST /api/uebergaenge/runden/:id/abschliessen — ends the round: lists and cases become read-only,
 * the anonymous counts are kept, and the personal data are deleted after the retention period
 * (at once when it is 0 days).
 */
export async function closeRunde(ctx: ActorCtx, input: { rundeId: string; version: number }, now = new Date()) {
  if (!can(ctx.actor, 'transitions.coordinate', 'anywhere')) throw forbidden();
  const access = await loadRunde(ctx, input.rundeId, 'coordinate');
  assertOpen(access.runde);
  const statistik = statisticsOf(await loadRoundState(ctx.db, input.rundeId), access.schulen);
  const loeschungAm = new Date(now.getTime() + access.runde.aufbewahrungTage * DAY_MS);
  await ctx.db.transaction(async (tx) => {
    const row = await updateRunde(tx, input.rundeId, input.version, { status: 'abgeschlossen', abgeschlossenAm: now, loeschungAm, statistik });
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'uebergang_runde.closed',
      entityType: 'uebergang_runde',
      entityId: input.rundeId,
      scopeId: access.kommune.id,
      requestId: ctx.requestId,
      before: { status: 'offen' },
      after: { status: 'abgeschlossen', loeschungAm: loeschungAm.toISOString() },
    });
    if (access.runde.aufbewahrungTage === 0) await deleteRoundData(tx, input.rundeId, now, ctx.actor.id);
  });
  return getRunde(ctx, input.rundeId);
}
