import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadSzenario } from '../allocation-access.js';
import { findLiveFreigabe, revokeFreigabe as revoke } from '../allocation.repository.js';

/** DELETE /api/verteilung/szenarien/:id/freigaben/:freigabeId — the link stops working at once. */
export async function revokeFreigabe(ctx: ActorCtx, input: { szenarioId: string; freigabeId: string }, now = new Date()): Promise<void> {
  if (!can(ctx.actor, 'allocation.manage', 'anywhere')) throw forbidden();
  const { szenario, scope } = await loadSzenario(ctx, input.szenarioId, 'manage');
  const freigabe = await findLiveFreigabe(ctx.db, szenario.id, input.freigabeId);
  if (!freigabe) throw notFound('Die Freigabe');
  await ctx.db.transaction(async (tx) => {
    const row = await revoke(tx, freigabe.id, now);
    if (!row) throw notFound('Die Freigabe');
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'verteilung_freigabe.revoked',
      entityType: 'verteilung_freigabe',
      entityId: row.id,
      scopeId: scope.id,
      requestId: ctx.requestId,
      before: { id: row.id, szenarioId: szenario.id },
      after: { widerrufenAm: now.toISOString() },
    });
  });
}
