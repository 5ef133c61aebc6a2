import type { ActorCtx } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadSzenario, mayManage } from '../allocation-access.js';
import { presentSzenario } from '../allocation.presenters.js';
import { findVersion } from '../allocation.repository.js';

/** GET /api/verteilung/szenarien/:id — the scenario with its current model and result. */
export async function getSzenario(ctx: ActorCtx, input: { szenarioId: string }) {
  if (!can(ctx.actor, 'allocation.read', 'anywhere')) throw forbidden();
  const { szenario, scope } = await loadSzenario(ctx, input.szenarioId);
  const version = await findVersion(ctx.db, szenario.id, szenario.aktuelleVersion);
  if (!version) throw notFound('Das Szenario');
  return presentSzenario(szenario, scope, version, mayManage(ctx, scope));
}
