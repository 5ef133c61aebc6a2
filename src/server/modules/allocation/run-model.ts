import type { Ergebnis, GespeichertesModell, Modell } from '../../../domain/allocation/contracts.js';
import type { DbOrTx } from '../../core/db.js';
import { distinctSchulformen } from '../directory/directory.repository.js';
import { kommuneIdsInScope, schoolsInScope, type ScopeRef } from './allocation.repository.js';
import { computeErgebnis } from './compute.js';

/** Reads the current school data of the scope and computes the model on it (field errors as 400). */
export async function runModel(db: DbOrTx, scope: ScopeRef, modell: Modell, now = new Date()): Promise<{ modell: GespeichertesModell; ergebnis: Ergebnis }> {
  const [schools, kommuneIds, schulformen] = await Promise.all([schoolsInScope(db, scope), kommuneIdsInScope(db, scope), distinctSchulformen(db)]);
  return computeErgebnis({ modell, schools, kommuneIds, schulformen: new Set(schulformen), now });
}
