import type { z } from 'zod';
import type { angebotListQuery } from '../../../../domain/mapping/contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import { listAngebote as listRows } from '../mapping.repository.js';
import { presentAngebote } from '../mapping.presenters.js';
import { loadKommune, readsAll } from '../mapping-access.js';

export async function listAngebote(ctx: ActorCtx, input: z.infer<typeof angebotListQuery> & { kommuneId: string }) {
  const kommune = await loadKommune(ctx, input.kommuneId);
  const { rows, total } = await listRows(ctx.db, { kommuneId: kommune.id, all: readsAll(ctx, kommune) }, { ...input, limit: input.pageSize, offset: (input.page - 1) * input.pageSize });
  return { items: await presentAngebote(ctx.db, rows), total, page: input.page, pageSize: input.pageSize };
}
