import { and, eq, sql } from 'drizzle-orm';
import type { VereinbarungStatus } from '../../../../domain/networks/vocabulary.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden, invalid } from '../../../core/errors.js';
import { auditErgebnis } from '../meetings.presenters.js';
import { ergebnisse } from '../networks.schema.js';
import { assertActive, loadErgebnis } from '../networks-access.js';
import { ergebnisDetail } from './ergebnis-detail.js';

/** PUT /api/ergebnisse/:id/status — the person responsible for an agreement, or moderation. */
export async function changeErgebnisStatus(ctx: ActorCtx, input: { ergebnisId: string; status: VereinbarungStatus; version: number }) {
  const { ergebnis: before, netzwerk, rolle } = await loadErgebnis(ctx, input.ergebnisId, 'mitglied');
  if (rolle !== 'moderation' && before.verantwortlichId !== ctx.actor.id) throw forbidden();
  assertActive(netzwerk);
  if (before.art !== 'vereinbarung') throw invalid('status', 'Nur eine Vereinbarung hat einen Stand.');
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(ergebnisse)
      .set({ status: input.status, version: sql`${ergebnisse.version} + 1`, aktualisiertAm: new Date() })
      .where(and(eq(ergebnisse.id, before.id), eq(ergebnisse.version, input.version)))
      .returning();
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'ergebnis.status_changed',
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
