import type { MeineArbeit } from '../../../../domain/networks/contracts.js';
import type { AnmeldeStatus } from '../../../../domain/networks/vocabulary.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { openVereinbarungenQuery, upcomingTreffenQuery, weitergabenOf } from '../meetings.repository.js';
import { presentErgebnis, todayInBerlin } from '../meetings.presenters.js';
import { presentTreffenKurz } from '../treffen.presenter.js';

/** How far ahead "my work" looks. */
export const MEINE_ARBEIT_WOCHEN = 8;

/**
 * GET /api/meine-arbeit — across every active network the caller belongs to: meetings from now
 * (including one under way) for the next eight weeks, cancelled ones included and marked as such so
 * nobody travels to a meeting that does not take place; and the open agreements the caller is
 * responsible for, most urgent first, overdue ones marked and counted. Three queries in all.
 */
export async function getMeineArbeit(ctx: ActorCtx, now = new Date()): Promise<MeineArbeit> {
  if (!can(ctx.actor, 'networks.self', 'self')) throw forbidden();
  const bis = new Date(now.getTime() + MEINE_ARBEIT_WOCHEN * 7 * 24 * 3600_000);
  const treffen = await upcomingTreffenQuery(ctx.db, ctx.actor.id, now, bis);
  const offen = await openVereinbarungenQuery(ctx.db, ctx.actor.id);
  const weitergaben = await weitergabenOf(ctx.db, { ergebnisIds: offen.map((e) => e.id) });
  const today = todayInBerlin(now);
  const vereinbarungen = offen.map((e) => presentErgebnis(e, weitergaben, today));
  return {
    treffen: treffen.map((r) => presentTreffenKurz(r.treffen, r.netzwerk, { meineAnmeldung: (r.meineAnmeldung as AnmeldeStatus | null) ?? null })),
    vereinbarungen,
    ueberfaellig: vereinbarungen.filter((v) => v.ueberfaellig).length,
  };
}
