import type { z } from 'zod';
import type { schoolListQuery } from '../../../../domain/directory/contracts.js';
import { schoolDataAttribution } from '../../../../domain/directory/vocabulary.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { listSchulen } from '../directory.repository.js';
import { presentSchule } from '../directory.presenters.js';

export async function listSchools(ctx: ActorCtx, input: z.infer<typeof schoolListQuery>) {
  if (!can(ctx.actor, 'directory.read', 'anywhere')) throw forbidden();
  const { rows, total } = await listSchulen(ctx.db, {
    kommuneIds: input.kommuneId,
    schulformen: input.schulform,
    sozialindexMin: input.sozialindexMin,
    sozialindexMax: input.sozialindexMax,
    ohneSozialindex: input.ohneSozialindex,
    startchancen: input.startchancen,
    sozialraumId: input.sozialraumId,
    q: input.q,
    sort: input.sort,
    direction: input.direction,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return {
    items: rows.map((r) => presentSchule(r.schule, r.kommuneName, r.sozialraumName)),
    total,
    page: input.page,
    pageSize: input.pageSize,
    attribution: schoolDataAttribution,
  };
}
