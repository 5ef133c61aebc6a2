import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { countAnmeldungen, findAnmeldung, lockTreffen, upsertAnmeldung } from '../meetings.repository.js';
import { assertActive, loadTreffen } from '../networks-access.js';
import { assertNotCancelled, assertNotStarted } from './assert-treffen-open.js';
import { treffenDetail } from './get-treffen.js';

/**
 * The caller registers for a meeting of one of their networks (guests too). When every seat is
 * taken — or others are already waiting — they join the end of the waiting list. The meeting row is
 * locked for the count, so parallel registrations never exceed the capacity.
 */
export async function registerAnmeldung(ctx: ActorCtx, input: { treffenId: string }) {
  const { netzwerk, rolle } = await loadTreffen(ctx, input.treffenId, 'gast');
  assertActive(netzwerk);
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockTreffen(tx, input.treffenId);
    if (!row) throw notFound('Das Treffen');
    assertNotCancelled(row, 'Eine Anmeldung ist nicht möglich.');
    assertNotStarted(row, 'Eine Anmeldung ist nicht mehr möglich.');
    const mine = await findAnmeldung(tx, row.id, ctx.actor.id);
    // Already registered or waiting: nothing changes, the place in the queue is kept.
    if (mine && (mine.status === 'angemeldet' || mine.status === 'warteliste')) return row;
    const counts = await countAnmeldungen(tx, row.id);
    const full = row.kapazitaet !== null && (counts.angemeldet >= row.kapazitaet || counts.warteliste > 0);
    const status = full ? 'warteliste' : 'angemeldet';
    await upsertAnmeldung(tx, row.id, ctx.actor.id, status);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'anmeldung.registered',
      entityType: 'anmeldung',
      entityId: row.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      before: mine ? { userId: mine.userId, status: mine.status } : null,
      after: { userId: ctx.actor.id, status },
    });
    return row;
  });
  return treffenDetail(ctx.db, ctx.actor.id, { treffen: row, netzwerk, rolle });
}
