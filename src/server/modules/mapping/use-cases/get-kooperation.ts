import type { ActorCtx } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { findKooperation } from '../mapping.repository.js';
import { presentKooperation } from '../mapping.presenters.js';
import { loadKommune, readsAll } from '../mapping-access.js';

export async function loadVisibleKooperation(ctx: ActorCtx, kooperationId: string) {
  const row = await findKooperation(ctx.db, kooperationId);
  if (!row) throw notFound('Die Kooperation');
  const kommune = await loadKommune(ctx, row.k.kommuneId);
  // Shared when both actors are: then others see it (and get 403, not 404, when they may not change it).
  const visible = readsAll(ctx, kommune) || (row.aGeteilt && row.bGeteilt);
  if (!visible) throw notFound('Die Kooperation');
  return { row, kommune };
}

export async function getKooperation(ctx: ActorCtx, input: { kooperationId: string }) {
  return presentKooperation((await loadVisibleKooperation(ctx, input.kooperationId)).row);
}
