import type { Ergebnis } from '../../../../domain/networks/contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import type { DbOrTx } from '../../../core/db.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { ergebnisseOf, findErgebnis, findNetzwerk, weitergabenOf } from '../meetings.repository.js';
import { presentErgebnis, todayInBerlin } from '../meetings.presenters.js';
import { mayAct, rolleIn, type Need } from '../networks-access.js';

/** A result or agreement with its network and the caller's role there; hidden (404) from non-members. */
export async function loadErgebnis(ctx: ActorCtx, id: string, need: Need) {
  const ergebnis = await findErgebnis(ctx.db, id);
  const rolle = ergebnis ? await rolleIn(ctx.db, ergebnis.netzwerkId, ctx.actor.id) : null;
  if (!ergebnis || !rolle) throw notFound('Das Ergebnis');
  if (!mayAct(rolle, need)) throw forbidden();
  const netzwerk = (await findNetzwerk(ctx.db, ergebnis.netzwerkId))!;
  return { ergebnis, netzwerk, rolle };
}

/** One result as the API shows it, with where it was passed to. */
export async function ergebnisDetail(db: DbOrTx, id: string): Promise<Ergebnis> {
  const [row] = await ergebnisseOf(db, { ids: [id] });
  const weitergaben = await weitergabenOf(db, { ergebnisIds: [id] });
  return presentErgebnis(row!, weitergaben, todayInBerlin());
}
