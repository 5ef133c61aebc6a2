import type { z } from 'zod';
import type { kooperationListQuery } from '../../../../domain/mapping/contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import { listKooperationen as listRows } from '../mapping.repository.js';
import { presentKooperation } from '../mapping.presenters.js';
import { loadKommune, readsAll } from '../mapping-access.js';

export async function listKooperationen(ctx: ActorCtx, input: z.infer<typeof kooperationListQuery> & { kommuneId: string }) {
  const kommune = await loadKommune(ctx, input.kommuneId);
  const { rows, total } = await listRows(ctx.db, { kommuneId: kommune.id, all: readsAll(ctx, kommune) }, { ...input, limit: input.pageSize, offset: (input.page - 1) * input.pageSize });
  return { items: rows.map(presentKooperation), total, page: input.page, pageSize: input.pageSize };
}
