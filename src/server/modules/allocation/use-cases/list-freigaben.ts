import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadSzenario } from '../allocation-access.js';
import { presentFreigabe } from '../allocation.presenters.js';
import { listFreigaben as listRows } from '../allocation.repository.js';

/** GET /api/verteilung/szenarien/:id/freigaben — live links (without their address), for those who may revoke them. */
export async function listFreigaben(ctx: ActorCtx, input: { szenarioId: string }) {
  if (!can(ctx.actor, 'allocation.manage', 'anywhere')) throw forbidden();
  const { szenario } = await loadSzenario(ctx, input.szenarioId, 'manage');
  const rows = await listRows(ctx.db, szenario.id);
  return { items: rows.map((r) => presentFreigabe(r.freigabe, r.erstelltVonName)) };
}
