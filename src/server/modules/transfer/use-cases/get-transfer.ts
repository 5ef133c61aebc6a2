import type { TransferDetail } from '../../../../domain/transfer/contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadTransfer, phaseOf } from '../transfer-process.js';
import { presentTransfer } from '../transfer.presenters.js';
import { findPraxis, fragenOfTransfer } from '../transfer.repository.js';

/** GET /api/transfer/transfers/:id — the transfer with its questions and answers, for both Kommunen. */
export async function getTransfer(ctx: ActorCtx, id: string): Promise<TransferDetail> {
  if (!can(ctx.actor, 'transfer.manage', 'anywhere')) throw forbidden();
  const { transfer, kommunen, anfragend, abgebend } = await loadTransfer(ctx, id);
  const [praxis, fragen] = await Promise.all([findPraxis(ctx.db, transfer.praxisId), fragenOfTransfer(ctx.db, id)]);
  return {
    ...presentTransfer(transfer, kommunen, praxis),
    phase: phaseOf(transfer),
    fragen: fragen.map((f) => ({ frageId: f.frageId, code: f.code, dimension: f.dimension, frage: f.frage, antwort: f.antwort, beantwortetAm: f.beantwortetAm?.toISOString() ?? null })),
    rolle: anfragend && abgebend ? 'beide' : anfragend ? 'anfragend' : 'abgebend',
  };
}
