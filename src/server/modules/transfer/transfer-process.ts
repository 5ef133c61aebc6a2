import type { ActorCtx } from '../../core/context.js';
import { conflict, notFound } from '../../core/errors.js';
import { mayManage } from './transfer-access.js';
import { findTransfer, kommunenByIds, type KommuneRef, type TransferRow } from './transfer.repository.js';

export interface TransferAccess {
  transfer: TransferRow;
  kommunen: Map<string, KommuneRef>;
  /** The caller coordinates the requesting Kommune. */
  anfragend: boolean;
  /** The caller coordinates the providing Kommune. */
  abgebend: boolean;
}

/** A transfer is seen by the coordination of both Kommunen; anyone else gets 404. */
export async function loadTransfer(ctx: ActorCtx, id: string): Promise<TransferAccess> {
  const transfer = await findTransfer(ctx.db, id);
  if (!transfer) throw notFound('Der Transfer');
  const kommunen = await kommunenByIds(ctx.db, [transfer.anfragendeKommuneId, transfer.abgebendeKommuneId]);
  const a = kommunen.get(transfer.anfragendeKommuneId);
  const b = kommunen.get(transfer.abgebendeKommuneId);
  const anfragend = !!a && mayManage(ctx, a);
  const abgebend = !!b && mayManage(ctx, b);
  if (!anfragend && !abgebend) throw notFound('Der Transfer');
  return { transfer, kommunen, anfragend, abgebend };
}

/** The phase as people see it: an arranged exchange whose date has passed is in its follow-up. */
export function phaseOf(t: TransferRow, now = new Date()): string {
  return t.phase === 'austausch' && t.termin && t.termin <= now ? 'nachbereitung' : t.phase;
}

export function assertRunning(t: TransferRow): void {
  if (t.phase === 'abgeschlossen' || t.phase === 'abgebrochen') throw conflict('Der Transfer ist beendet und kann nicht mehr geändert werden.');
}
