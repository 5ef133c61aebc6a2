import type { Treffen } from '../../../../domain/networks/contracts.js';
import type { AnmeldeStatus, NetzwerkRolle } from '../../../../domain/networks/vocabulary.js';
import type { ActorCtx } from '../../../core/context.js';
import type { DbOrTx } from '../../../core/db.js';
import { agendaOf, anmeldungenOf, ergebnisseOf, weitergabenOf } from '../meetings.repository.js';
import { presentErgebnis, presentTreffen, todayInBerlin } from '../meetings.presenters.js';
import { loadTreffen, type NetzwerkRow, type TreffenRow } from '../networks-access.js';

/** A meeting as the caller may see it: guests get agenda and counts, members also names, minutes and results. */
export async function treffenDetail(db: DbOrTx, actorId: string, loaded: { treffen: TreffenRow; netzwerk: NetzwerkRow; rolle: NetzwerkRolle }): Promise<Treffen> {
  const { treffen, netzwerk, rolle } = loaded;
  const agenda = await agendaOf(db, treffen.id);
  const anmeldungen = await anmeldungenOf(db, treffen.id);
  let ergebnisse = null;
  if (rolle !== 'gast') {
    const rows = await ergebnisseOf(db, { treffenId: treffen.id });
    const weitergaben = await weitergabenOf(db, { ergebnisIds: rows.map((r) => r.id) });
    const today = todayInBerlin();
    ergebnisse = rows.map((r) => presentErgebnis(r, weitergaben, today));
  }
  const meineAnmeldung = (anmeldungen.find((a) => a.userId === actorId)?.status ?? null) as AnmeldeStatus | null;
  return presentTreffen(treffen, netzwerk, rolle, { agenda, anmeldungen, meineAnmeldung, ergebnisse });
}

/** GET /api/treffen/:id — any member of the meeting's network; everyone else gets 404. */
export async function getTreffen(ctx: ActorCtx, input: { id: string }): Promise<Treffen> {
  const loaded = await loadTreffen(ctx, input.id, 'gast');
  return treffenDetail(ctx.db, ctx.actor.id, loaded);
}
