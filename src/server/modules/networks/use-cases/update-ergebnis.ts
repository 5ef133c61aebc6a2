import { and, eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { auditErgebnis } from '../meetings.presenters.js';
import { ergebnisse } from '../networks.schema.js';
import { assertActive, loadErgebnis } from '../networks-access.js';
import { ergebnisValues, type ErgebnisInput } from './create-ergebnis.js';
import { ergebnisDetail } from './ergebnis-detail.js';

/** PUT /api/ergebnisse/:id — moderation changes text, kind, owner, due date or status. */
export async function updateErgebnis(ctx: ActorCtx, input: ErgebnisInput & { ergebnisId: string; version: number }) {
  const { ergebnis: before, netzwerk } = await loadErgebnis(ctx, input.ergebnisId, 'moderation');
  assertActive(netzwerk);
  const values = await ergebnisValues(ctx.db, netzwerk.id, input, before.art === 'vereinbarung' ? before.status : null);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(ergebnisse)
      .set({ ...values, version: sql`${ergebnisse.version} + 1`, aktualisiertAm: new Date() })
      .where(and(eq(ergebnisse.id, before.id), eq(ergebnisse.version, input.version)))
      .returning();
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'ergebnis.updated',
      entityType: 'ergebnis',
      entityId: row.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      before: auditErgebnis(before),
      after: auditErgebnis(row),
    });
  });
  return ergebnisDetail(ctx.db, before.id);
}
