import type { DbOrTx } from '../../../core/db.js';
import { invalid } from '../../../core/errors.js';
import { findAkteur } from '../mapping.repository.js';
import type { KommuneRef } from '../mapping-access.js';

/** An offer's provider and a cooperation's partners must be actors of the same Kommune. */
export async function assertAkteurInKommune(db: DbOrTx, kommune: KommuneRef, akteurId: string | null, field: string): Promise<void> {
  if (!akteurId) return;
  const akteur = await findAkteur(db, akteurId);
  if (!akteur || akteur.kommuneId !== kommune.id) throw invalid(field, `Dieser Akteur gehört nicht zu ${kommune.name}.`);
  if (akteur.archiviertAm) throw invalid(field, `Der Akteur „${akteur.name}“ ist archiviert.`);
}
