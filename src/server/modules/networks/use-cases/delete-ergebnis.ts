import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { auditErgebnis } from '../meetings.presenters.js';
import { ergebnisse } from '../networks.schema.js';
import { assertActive, loadErgebnis } from '../networks-access.js';

/** DELETE /api/ergebnisse/:id — moderation; where it was passed on, it leaves the receivers' feeds too. */
export async function deleteErgebnis(ctx: ActorCtx, input: { ergebnisId: string; version: number }): Promise<void> {
  const { ergebnis: before, netzwerk } = await loadErgebnis(ctx, input.ergebnisId, 'moderation');
  assertActive(netzwerk);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(ergebnisse)
      .where(and(eq(ergebnisse.id, before.id), eq(ergebnisse.version, input.version)))
      .returning({ id: ergebnisse.id });
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'ergebnis.deleted',
      entityType: 'ergebnis',
      entityId: before.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      before: auditErgebnis(before),
    });
  });
}
