import type { Ergebnis } from '../../../../domain/networks/contracts.js';
import type { DbOrTx } from '../../../core/db.js';
import { ergebnisseOf, weitergabenOf } from '../meetings.repository.js';
import { presentErgebnis, todayInBerlin } from '../meetings.presenters.js';

/** One result as the API shows it, with where it was passed to. */
export async function ergebnisDetail(db: DbOrTx, id: string): Promise<Ergebnis> {
  const [row] = await ergebnisseOf(db, { ids: [id] });
  const weitergaben = await weitergabenOf(db, { ergebnisIds: [id] });
  return presentErgebnis(row!, weitergaben, todayInBerlin());
}
