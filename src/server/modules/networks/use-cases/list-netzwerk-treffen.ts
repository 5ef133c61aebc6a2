import { addDays } from '../../../../domain/networks/holidays.js';
import type { AnmeldeStatus } from '../../../../domain/networks/vocabulary.js';
import { localDay, localToInstant } from '../../../../domain/networks/recurrence.js';
import type { ActorCtx } from '../../../core/context.js';
import { invalid } from '../../../core/errors.js';
import { anmeldeStatusOf, treffenBetween } from '../networks.repository.js';
import { loadNetzwerk } from '../networks-access.js';
import { presentTreffenKurz } from '../treffen.presenter.js';

/** A year of local days, the default window; at most ten years at once. */
const MAX_DAYS = 3660;

/** Meetings of a network between two local days (inclusive), cancelled ones included, in order. */
export async function listNetzwerkTreffen(ctx: ActorCtx, input: { netzwerkId: string; von?: string; bis?: string }) {
  const { netzwerk } = await loadNetzwerk(ctx, input.netzwerkId);
  const von = input.von ?? localDay(new Date());
  const bis = input.bis ?? addDays(von, 365);
  if (bis < von) throw invalid('bis', 'Das Ende des Zeitraums („bis“) liegt vor seinem Anfang („von“).');
  if (bis > addDays(von, MAX_DAYS)) throw invalid('bis', 'Der Zeitraum darf höchstens zehn Jahre umfassen.');
  const rows = await treffenBetween(ctx.db, netzwerk.id, localToInstant(`${von}T00:00`), localToInstant(`${addDays(bis, 1)}T00:00`));
  const status = await anmeldeStatusOf(
    ctx.db,
    ctx.actor.id,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentTreffenKurz(r, netzwerk, { meineAnmeldung: (status.get(r.id) as AnmeldeStatus | undefined) ?? null })) };
}
