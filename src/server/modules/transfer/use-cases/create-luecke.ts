import type { z } from 'zod';
import type { lueckeBody } from '../../../../domain/transfer/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { managedKommune } from '../transfer-access.js';
import { presentLuecke } from '../transfer.presenters.js';
import { insertLuecke } from '../transfer.repository.js';

/** POST /api/transfer/kommunen/:id/luecken — a gap in a cell of the grid. */
export async function createLuecke(ctx: ActorCtx, kommuneId: string, input: z.output<typeof lueckeBody>) {
  if (!can(ctx.actor, 'transfer.manage', 'anywhere')) throw forbidden();
  const kommune = await managedKommune(ctx, kommuneId);
  return ctx.db.transaction(async (tx) => {
    const row = await insertLuecke(tx, { kommuneId: kommune.id, ...input, erstelltVon: ctx.actor.id });
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'luecke.created', entityType: 'luecke', entityId: row.id, scopeId: kommune.id, requestId: ctx.requestId, after: { handlungsfeld: row.handlungsfeld, altersphase: row.altersphase, prioritaet: row.prioritaet, status: row.status } });
    return presentLuecke(row, new Map([[kommune.id, kommune]]));
  });
}
