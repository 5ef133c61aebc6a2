import type { z } from 'zod';
import type { lueckeUpdateBody } from '../../../../domain/transfer/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { managedKommune } from '../transfer-access.js';
import { presentLuecke } from '../transfer.presenters.js';
import { findLuecke, updateLuecke } from '../transfer.repository.js';

/** PUT /api/transfer/luecken/:id — change a gap (text, cell, priority, status) with the version seen. */
export async function updateLueckeUseCase(ctx: ActorCtx, id: string, input: z.output<typeof lueckeUpdateBody>) {
  if (!can(ctx.actor, 'transfer.manage', 'anywhere')) throw forbidden();
  const before = await findLuecke(ctx.db, id);
  if (!before) throw notFound('Die Lücke');
  const kommune = await managedKommune(ctx, before.kommuneId);
  const { version, ...values } = input;
  return ctx.db.transaction(async (tx) => {
    const row = await updateLuecke(tx, id, version, values);
    if (!row) throw conflict();
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'luecke.updated', entityType: 'luecke', entityId: id, scopeId: kommune.id, requestId: ctx.requestId, before: { status: before.status, prioritaet: before.prioritaet }, after: { status: row.status, prioritaet: row.prioritaet } });
    return presentLuecke(row, new Map([[kommune.id, kommune]]));
  });
}
