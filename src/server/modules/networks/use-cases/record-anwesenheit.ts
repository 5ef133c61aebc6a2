import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, invalid } from '../../../core/errors.js';
import { rolesIn, updateTreffenIfVersion, writeAttendance } from '../meetings.repository.js';
import { assertActive, loadTreffen } from '../networks-access.js';
import { assertNotCancelled } from './assert-treffen-open.js';
import { treffenDetail } from './get-treffen.js';

/**
 * Records who was there: everyone listed is present, everyone else with a registration absent.
 * Members present without having registered are recorded as "ohne Anmeldung".
 */
export async function recordAnwesenheit(ctx: ActorCtx, input: { treffenId: string; anwesend: string[]; version: number }) {
  const { treffen: before, netzwerk, rolle } = await loadTreffen(ctx, input.treffenId, 'moderation');
  assertActive(netzwerk);
  assertNotCancelled(before, 'Eine Anwesenheit kann nicht erfasst werden.');
  const present = [...new Set(input.anwesend)];
  const members = await rolesIn(ctx.db, netzwerk.id, present);
  const strangers = present.filter((id) => !members.has(id));
  if (strangers.length) {
    throw invalid('anwesend', strangers.length === 1 ? 'Eine der genannten Personen ist nicht Mitglied des Netzwerks.' : `${strangers.length} der genannten Personen sind nicht Mitglied des Netzwerks.`);
  }
  const row = await ctx.db.transaction(async (tx) => {
    const row = await updateTreffenIfVersion(tx, before.id, input.version, {}, false);
    if (!row) throw conflict();
    const { walkIns } = await writeAttendance(tx, row.id, present);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'treffen.attendance_recorded',
      entityType: 'treffen',
      entityId: row.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      before: { version: before.version },
      after: { version: row.version, anwesend: present, ohneAnmeldung: walkIns },
    });
    return row;
  });
  return treffenDetail(ctx.db, ctx.actor.id, { treffen: row, netzwerk, rolle });
}
