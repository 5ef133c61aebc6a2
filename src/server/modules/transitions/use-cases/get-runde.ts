import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadRoundState } from '../round-state.js';
import { presentRunde } from '../transitions.presenters.js';
import { listenOfRunde } from '../transitions.repository.js';
import { loadRunde } from '../transitions-access.js';

/** GET /api/uebergaenge/runden/:id — the round with its schools, list status and anonymous counts. */
export async function getRunde(ctx: ActorCtx, id: string) {
  if (!can(ctx.actor, 'transitions.coordinate', 'anywhere') && !can(ctx.actor, 'transitions.school', 'anywhere') && !can(ctx.actor, 'transitions.statistics', 'anywhere')) throw forbidden();
  const access = await loadRunde(ctx, id);
  const [state, listen] = await Promise.all([loadRoundState(ctx.db, id), listenOfRunde(ctx.db, id)]);
  return presentRunde(access, state, listen);
}
