import type { SzenarioInput } from '../../../../domain/allocation/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { resolveScope } from '../allocation-access.js';
import { auditSzenario, presentSzenario } from '../allocation.presenters.js';
import { insertSzenario, insertVersion } from '../allocation.repository.js';
import { runModel } from '../run-model.js';

/** POST /api/verteilung/szenarien — computes the model on today's school data and saves it as version 1. */
export async function createSzenario(ctx: ActorCtx, input: SzenarioInput) {
  if (!can(ctx.actor, 'allocation.manage', 'anywhere')) throw forbidden();
  const scope = await resolveScope(ctx, input.scopeId);
  const computed = await runModel(ctx.db, scope, input.modell);
  return ctx.db.transaction(async (tx) => {
    const row = await insertSzenario(tx, { scopeId: scope.id, name: input.name, beschreibung: input.beschreibung, aktuelleVersion: 1, erstelltVon: ctx.actor.id });
    const version = await insertVersion(tx, { szenarioId: row.id, nummer: 1, name: row.name, ...computed, erstelltVon: ctx.actor.id });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'verteilung_szenario.created',
      entityType: 'verteilung_szenario',
      entityId: row.id,
      scopeId: scope.id,
      requestId: ctx.requestId,
      after: auditSzenario(row, computed.modell, computed.ergebnis),
    });
    return presentSzenario(row, scope, version, true);
  });
}
