import type { z } from 'zod';
import type { tagesordnungspunktBody } from '../../../../domain/networks/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, invalid } from '../../../core/errors.js';
import { replaceAgenda, updateTreffenIfVersion, weitergabenAn } from '../meetings.repository.js';
import { assertActive, loadTreffen } from '../networks-access.js';
import { treffenDetail } from './get-treffen.js';

type Punkt = z.output<typeof tagesordnungspunktBody>;

/**
 * Replaces the agenda with the items in the order sent. An impulse talk names its speaker; a report
 * from another committee may point to a result that was passed to this network.
 */
export async function setTagesordnung(ctx: ActorCtx, input: { treffenId: string; punkte: Punkt[]; version: number }) {
  const { treffen: before, netzwerk, rolle } = await loadTreffen(ctx, input.treffenId, 'moderation');
  assertActive(netzwerk);
  input.punkte.forEach((p, i) => {
    if (p.art === 'impuls' && !p.referent) throw invalid(`punkte.${i}.referent`, 'Bitte angeben, wer den Impulsvortrag hält.');
    if (p.weitergabeId && p.art !== 'bericht') {
      throw invalid(`punkte.${i}.weitergabeId`, 'Nur ein Bericht aus einem anderen Gremium kann sich auf ein weitergegebenes Ergebnis beziehen.');
    }
  });
  const referenced = input.punkte.flatMap((p) => (p.weitergabeId ? [p.weitergabeId] : []));
  const received = await weitergabenAn(ctx.db, netzwerk.id, referenced);
  const foreign = input.punkte.findIndex((p) => p.weitergabeId && !received.has(p.weitergabeId));
  if (foreign >= 0) throw invalid(`punkte.${foreign}.weitergabeId`, 'Dieses Ergebnis wurde nicht an dieses Netzwerk weitergegeben.');

  const row = await ctx.db.transaction(async (tx) => {
    // The agenda is part of the calendar entry's description, so calendars must pick it up.
    const row = await updateTreffenIfVersion(tx, before.id, input.version, {}, true);
    if (!row) throw conflict();
    await replaceAgenda(
      tx,
      row.id,
      input.punkte.map((p) => ({ art: p.art, titel: p.titel, referent: p.referent, dauerMinuten: p.dauerMinuten, weitergabeId: p.weitergabeId, notiz: p.notiz })),
    );
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'treffen.agenda_changed',
      entityType: 'treffen',
      entityId: row.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      before: { version: before.version },
      after: { version: row.version, punkte: input.punkte.map((p) => p.art), weitergabeIds: referenced },
    });
    return row;
  });
  return treffenDetail(ctx.db, ctx.actor.id, { treffen: row, netzwerk, rolle });
}
