import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { AppError, conflict } from '../../../core/errors.js';
import { fillFromWaitingList, updateTreffenIfVersion } from '../meetings.repository.js';
import { auditTreffen } from '../meetings.presenters.js';
import { assertActive, loadTreffen } from '../networks-access.js';
import { treffenDetail } from './get-treffen.js';

/**
 * Cancels one meeting (it stays in the calendar as cancelled, so subscribers see the cancellation)
 * or takes the cancellation back. Registrations are kept either way.
 */
export async function changeCancellation(ctx: ActorCtx, input: { treffenId: string; version: number; abgesagt: boolean; grund?: string | null }) {
  const { treffen: before, netzwerk, rolle } = await loadTreffen(ctx, input.treffenId, 'moderation');
  assertActive(netzwerk);
  if (before.version === input.version) {
    if (input.abgesagt && before.status === 'abgesagt') throw new AppError(409, 'treffen_abgesagt', 'Das Treffen ist bereits abgesagt.');
    if (!input.abgesagt && before.status !== 'abgesagt') throw new AppError(409, 'treffen_nicht_abgesagt', 'Das Treffen ist nicht abgesagt.');
  }
  const row = await ctx.db.transaction(async (tx) => {
    const values = input.abgesagt ? { status: 'abgesagt', absageGrund: input.grund ?? null } : { status: 'geplant', absageGrund: null };
    const row = await updateTreffenIfVersion(tx, before.id, input.version, values, true);
    if (!row) throw conflict();
    // Seats freed while the meeting was cancelled go to those waiting once it takes place again.
    const nachgerueckt = input.abgesagt ? [] : await fillFromWaitingList(tx, row);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: input.abgesagt ? 'treffen.cancelled' : 'treffen.restored',
      entityType: 'treffen',
      entityId: row.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      before: auditTreffen(before),
      after: { ...auditTreffen(row), ...(nachgerueckt.length ? { nachgerueckt } : {}) },
    });
    return row;
  });
  return treffenDetail(ctx.db, ctx.actor.id, { treffen: row, netzwerk, rolle });
}

/** POST /api/treffen/:id/absagen */
export const cancelTreffen = (ctx: ActorCtx, input: { treffenId: string; version: number; grund: string | null }) => changeCancellation(ctx, { ...input, abgesagt: true });
