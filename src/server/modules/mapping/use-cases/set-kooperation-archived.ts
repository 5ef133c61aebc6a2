import { and, eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { findKooperation } from '../mapping.repository.js';
import { presentKooperation } from '../mapping.presenters.js';
import { kooperationen } from '../mapping.schema.js';
import { assertMayWrite } from '../mapping-access.js';
import { loadVisibleKooperation } from './get-kooperation.js';

export async function setKooperationArchived(ctx: ActorCtx, input: { kooperationId: string; version: number; archived: boolean }) {
  const { row: before, kommune } = await loadVisibleKooperation(ctx, input.kooperationId);
  await assertMayWrite(ctx, kommune, before.k.schuleId ? [before.k.schuleId] : []);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(kooperationen)
      .set({ archiviertAm: input.archived ? new Date() : null, version: sql`${kooperationen.version} + 1`, aktualisiertAm: new Date() })
      .where(and(eq(kooperationen.id, before.k.id), eq(kooperationen.version, input.version)))
      .returning();
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: input.archived ? 'kooperation.archived' : 'kooperation.restored',
      entityType: 'kooperation',
      entityId: row.id,
      scopeId: kommune.id,
      requestId: ctx.requestId,
      before: { archiviert: before.k.archiviertAm !== null, version: before.k.version },
      after: { archiviert: row.archiviertAm !== null, version: row.version },
    });
    return presentKooperation((await findKooperation(tx, row.id))!);
  });
}
