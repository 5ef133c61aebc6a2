import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { updateTreffenIfVersion } from '../meetings.repository.js';
import { assertActive, loadTreffen } from '../networks-access.js';
import { assertNotCancelled } from './assert-treffen-open.js';
import { treffenDetail } from './get-treffen.js';

/** Saves the minutes (plain text with paragraphs); also for meetings long past. An empty text removes them. */
export async function saveProtokoll(ctx: ActorCtx, input: { treffenId: string; protokoll: string; version: number }) {
  const { treffen: before, netzwerk, rolle } = await loadTreffen(ctx, input.treffenId, 'moderation');
  assertActive(netzwerk);
  assertNotCancelled(before, 'Ein Protokoll gibt es nur für Treffen, die stattfinden.');
  const text = input.protokoll.replace(/\r\n?/g, '\n').trim();
  const row = await ctx.db.transaction(async (tx) => {
    const row = await updateTreffenIfVersion(tx, before.id, input.version, { protokoll: text || null }, false);
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'treffen.minutes_saved',
      entityType: 'treffen',
      entityId: row.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      // The length only: minutes name people.
      before: { version: before.version, zeichen: before.protokoll?.length ?? 0 },
      after: { version: row.version, zeichen: text.length },
    });
    return row;
  });
  return treffenDetail(ctx.db, ctx.actor.id, { treffen: row, netzwerk, rolle });
}
