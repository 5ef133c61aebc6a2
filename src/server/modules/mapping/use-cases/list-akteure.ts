import type { z } from 'zod';
import type { akteurListQuery } from '../../../../domain/mapping/contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import { listAkteure as listRows } from '../mapping.repository.js';
import { presentAkteure } from '../mapping.presenters.js';
import { loadKommune, readsAll } from '../mapping-access.js';

/** Members get the Kommune's whole list; others only what it shared. */
export async function listAkteure(ctx: ActorCtx, input: z.infer<typeof akteurListQuery> & { kommuneId: string }) {
  const kommune = await loadKommune(ctx, input.kommuneId);
  const { rows, total } = await listRows(ctx.db, { kommuneId: kommune.id, all: readsAll(ctx, kommune) }, { ...input, limit: input.pageSize, offset: (input.page - 1) * input.pageSize });
  return { items: await presentAkteure(ctx.db, rows), total, page: input.page, pageSize: input.pageSize };
}
