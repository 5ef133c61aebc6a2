import type { TreffenInput } from '../../../../domain/networks/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { fillFromWaitingList, updateTreffenIfVersion } from '../meetings.repository.js';
import { auditTreffen } from '../meetings.presenters.js';
import { assertActive, loadTreffen } from '../networks-access.js';
import { localInstant } from '../series/check-series.js';
import { treffenDetail } from './get-treffen.js';

/**
 * Moves or edits one meeting. An occurrence of a series placed elsewhere than its series date is
 * marked as moved; every change raises the calendar sequence. Lowering the capacity keeps everyone
 * registered; raising it lets people move up from the waiting list.
 */
export async function updateTreffen(ctx: ActorCtx, input: TreffenInput & { treffenId: string; version: number }) {
  const { treffen: before, netzwerk, rolle } = await loadTreffen(ctx, input.treffenId, 'moderation');
  assertActive(netzwerk);
  const beginn = localInstant(input.beginn, 'beginn');
  const row = await ctx.db.transaction(async (tx) => {
    const row = await updateTreffenIfVersion(
      tx,
      before.id,
      input.version,
      {
        titel: input.titel,
        beginn,
        ende: new Date(beginn.getTime() + input.dauerMinuten * 60_000),
        ort: input.ort,
        onlineLink: input.onlineLink,
        kapazitaet: input.kapazitaet,
        verschoben: before.reiheTermin !== null && before.reiheTermin !== input.beginn,
      },
      true,
    );
    if (!row) throw conflict();
    const nachgerueckt = await fillFromWaitingList(tx, row);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'treffen.updated',
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
