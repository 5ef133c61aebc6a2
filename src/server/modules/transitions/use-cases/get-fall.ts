import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadFall, presentFallDetail } from '../fall-access.js';

/** GET /api/uebergaenge/runden/:id/faelle/:fallId — a case with its comments. */
export async function getFall(ctx: ActorCtx, input: { rundeId: string; fallId: string }) {
  if (!can(ctx.actor, 'transitions.coordinate', 'anywhere') && !can(ctx.actor, 'transitions.school', 'anywhere')) throw forbidden();
  const { access, fall } = await loadFall(ctx, input.rundeId, input.fallId);
  return presentFallDetail(ctx, access, fall);
}
