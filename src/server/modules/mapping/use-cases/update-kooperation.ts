import { and, eq, sql } from 'drizzle-orm';
import type { KooperationInput } from '../../../../domain/mapping/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { findKooperation } from '../mapping.repository.js';
import { presentKooperation } from '../mapping.presenters.js';
import { kooperationen } from '../mapping.schema.js';
import { assertMayChange } from '../mapping-access.js';
import { kooperationValues, validateKooperation } from './create-kooperation.js';
import { loadVisibleKooperation } from './get-kooperation.js';

export async function updateKooperation(ctx: ActorCtx, input: KooperationInput & { kooperationId: string; version: number }) {
  const { row: before, kommune } = await loadVisibleKooperation(ctx, input.kooperationId);
  const siteOf = (id: string | null) => (id ? [id] : []);
  await assertMayChange(ctx, kommune, siteOf(before.k.schuleId), siteOf(input.standortId));
  await validateKooperation(ctx, kommune, input);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(kooperationen)
      .set({ ...kooperationValues(input), version: sql`${kooperationen.version} + 1`, aktualisiertAm: new Date() })
      .where(and(eq(kooperationen.id, before.k.id), eq(kooperationen.version, input.version)))
      .returning();
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'kooperation.updated',
      entityType: 'kooperation',
      entityId: row.id,
      scopeId: kommune.id,
      requestId: ctx.requestId,
      before: { typ: before.k.typ, standortId: before.k.schuleId, version: before.k.version },
      after: { typ: row.typ, standortId: row.schuleId, version: row.version },
    });
    return presentKooperation((await findKooperation(tx, row.id))!);
  });
}
