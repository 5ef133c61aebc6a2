import type { SzenarioUpdateInput } from '../../../../domain/allocation/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { assertActive, loadSzenario } from '../allocation-access.js';
import { auditSzenario, presentSzenario } from '../allocation.presenters.js';
import { insertVersion, updateSzenarioVersioned } from '../allocation.repository.js';
import { runModel } from '../run-model.js';

/**
 * PUT /api/verteilung/szenarien/:id — every change is a new version: the model is computed again on
 * the current school data; earlier versions stay as they were. A stale `version` answers 409.
 */
export async function updateSzenario(ctx: ActorCtx, input: SzenarioUpdateInput & { szenarioId: string }) {
  if (!can(ctx.actor, 'allocation.manage', 'anywhere')) throw forbidden();
  const { szenario: before, scope } = await loadSzenario(ctx, input.szenarioId, 'manage');
  assertActive(before);
  if (before.version !== input.version) throw conflict();
  const computed = await runModel(ctx.db, scope, input.modell);
  return ctx.db.transaction(async (tx) => {
    const row = await updateSzenarioVersioned(tx, before.id, input.version, { name: input.name, beschreibung: input.beschreibung, aktuelleVersion: before.aktuelleVersion + 1 });
    if (!row) throw conflict();
    const version = await insertVersion(tx, { szenarioId: row.id, nummer: row.aktuelleVersion, name: row.name, ...computed, erstelltVon: ctx.actor.id });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'verteilung_szenario.updated',
      entityType: 'verteilung_szenario',
      entityId: row.id,
      scopeId: scope.id,
      requestId: ctx.requestId,
      before: auditSzenario(before),
      after: auditSzenario(row, computed.modell, computed.ergebnis),
    });
    return presentSzenario(row, scope, version, true);
  });
}
