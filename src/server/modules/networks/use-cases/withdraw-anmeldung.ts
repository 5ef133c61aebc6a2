import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { fillFromWaitingList, findAnmeldung, lockTreffen, setAnmeldeStatus } from '../meetings.repository.js';
import { assertActive, loadTreffen } from '../networks-access.js';
import { assertNotStarted } from './assert-treffen-open.js';
import { treffenDetail } from './get-treffen.js';

/**
 * The caller withdraws their registration (or leaves the waiting list). A freed seat goes to the
 * first person waiting, in the same transaction.
 */
export async function withdrawAnmeldung(ctx: ActorCtx, input: { treffenId: string }) {
  const { netzwerk, rolle } = await loadTreffen(ctx, input.treffenId, 'gast');
  assertActive(netzwerk);
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockTreffen(tx, input.treffenId);
    if (!row) throw notFound('Das Treffen');
    const mine = await findAnmeldung(tx, row.id, ctx.actor.id);
    if (!mine || mine.status === 'ohne-anmeldung') throw notFound('Ihre Anmeldung');
    if (mine.status === 'abgemeldet') return row;
    assertNotStarted(row, 'Eine Abmeldung ist nicht mehr möglich.');
    await setAnmeldeStatus(tx, row.id, ctx.actor.id, 'abgemeldet');
    const nachgerueckt = row.status === 'abgesagt' ? [] : await fillFromWaitingList(tx, row);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'anmeldung.withdrawn',
      entityType: 'anmeldung',
      entityId: row.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      before: { userId: mine.userId, status: mine.status },
      after: { userId: ctx.actor.id, status: 'abgemeldet', nachgerueckt },
    });
    return row;
  });
  return treffenDetail(ctx.db, ctx.actor.id, { treffen: row, netzwerk, rolle });
}
