import { writeAudit } from '../../core/audit.js';
import type { Db, DbOrTx } from '../../core/db.js';
import { deletePersonalData, rundenDueForDeletion, updateRunde } from './transitions.repository.js';

/** Deletes a closed round's personal data; the round keeps its name, schools and anonymous counts. */
export async function deleteRoundData(tx: DbOrTx, rundeId: string, now: Date, actorId: string | null): Promise<void> {
  await deletePersonalData(tx, rundeId);
  const row = await updateRunde(tx, rundeId, null, { status: 'geloescht', geloeschtAm: now });
  await writeAudit(tx, {
    actorId,
    action: 'uebergang_runde.personal_data_deleted',
    entityType: 'uebergang_runde',
    entityId: rundeId,
    scopeId: row?.kommuneId ?? null,
    before: { status: 'abgeschlossen' },
    after: { status: 'geloescht' },
  });
}

/** Housekeeping: every closed round whose retention period has ended loses its personal data. */
export async function deleteExpiredRoundData(db: Db, now = new Date()): Promise<number> {
  const due = await rundenDueForDeletion(db, now);
  for (const id of due) await db.transaction((tx) => deleteRoundData(tx, id, now, null));
  return due.length;
}
