import type { z } from 'zod';
import type { transferAnfrageBody } from '../../../../domain/transfer/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden, invalid } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { managedKommune } from '../transfer-access.js';
import { findLuecke, findPraxis, fragenByIds, insertTransfer, insertTransferFragen } from '../transfer.repository.js';
import { getTransfer } from './get-transfer.js';

/** POST /api/transfer/transfers — the requesting Kommune asks the providing Kommune about a practice, with the context questions that matter. */
export async function createTransfer(ctx: ActorCtx, input: z.output<typeof transferAnfrageBody>) {
  if (!can(ctx.actor, 'transfer.manage', 'anywhere')) throw forbidden();
  const kommune = await managedKommune(ctx, input.kommuneId);
  const praxis = await findPraxis(ctx.db, input.praxisId);
  if (!praxis) throw invalid('praxisId', 'Dieses Praxisbeispiel gibt es nicht.');
  if (praxis.kommuneId === kommune.id) throw invalid('praxisId', 'Das Praxisbeispiel gehört der eigenen Kommune; ein Transfer fragt eine andere Kommune.');
  if (input.lueckeId) {
    const luecke = await findLuecke(ctx.db, input.lueckeId);
    if (!luecke || luecke.kommuneId !== kommune.id) throw invalid('lueckeId', 'Diese Lücke gibt es in der eigenen Kommune nicht.');
  }
  const fragen = [...new Set(input.fragen)];
  const found = await fragenByIds(ctx.db, fragen);
  // The position as the request has it, repeats included.
  const missing = input.fragen.findIndex((id) => !found.some((f) => f.id === id && f.aktiv));
  if (missing >= 0) throw invalid(`fragen.${missing}`, 'Diese Kontextfrage gibt es nicht (mehr).');
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertTransfer(tx, { praxisId: praxis.id, lueckeId: input.lueckeId ?? null, anfragendeKommuneId: kommune.id, abgebendeKommuneId: praxis.kommuneId, anliegen: input.anliegen, phase: 'vorbereitung', erstelltVon: ctx.actor.id });
    await insertTransferFragen(tx, row.id, fragen);
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'transfer.requested', entityType: 'transfer', entityId: row.id, scopeId: kommune.id, requestId: ctx.requestId, after: { praxisId: praxis.id, abgebendeKommuneId: praxis.kommuneId, fragen: fragen.length } });
    return row.id;
  });
  return getTransfer(ctx, id);
}
