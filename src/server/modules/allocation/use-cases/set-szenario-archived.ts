import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadSzenario } from '../allocation-access.js';
import { auditSzenario, presentKopf, summaryOf } from '../allocation.presenters.js';
import { findVersionKopf, updateSzenarioVersioned } from '../allocation.repository.js';

/** POST …/archivieren and …/wiederherstellen: archived scenarios stay readable (and shared), but fixed. */
export async function setSzenarioArchived(ctx: ActorCtx, input: { szenarioId: string; version: number; archived: boolean }) {
  if (!can(ctx.actor, 'allocation.manage', 'anywhere')) throw forbidden();
  const { szenario: before, scope } = await loadSzenario(ctx, input.szenarioId, 'manage');
  if ((before.archiviertAm !== null) === input.archived) {
    throw conflict(input.archived ? 'Das Szenario ist bereits archiviert.' : 'Das Szenario ist nicht archiviert.');
  }
  return ctx.db.transaction(async (tx) => {
    const row = await updateSzenarioVersioned(tx, before.id, input.version, { archiviertAm: input.archived ? new Date() : null });
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: input.archived ? 'verteilung_szenario.archived' : 'verteilung_szenario.restored',
      entityType: 'verteilung_szenario',
      entityId: row.id,
      scopeId: scope.id,
      requestId: ctx.requestId,
      before: auditSzenario(before),
      after: auditSzenario(row),
    });
    // The header needs the summary of the current version, not its result per school.
    const version = (await findVersionKopf(tx, row.id, row.aktuelleVersion))!;
    return presentKopf(row, scope, summaryOf(version), true);
  });
}
