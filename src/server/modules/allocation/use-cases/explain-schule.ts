import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { schulErklaerung } from '../schul-erklaerung.js';
import { versionOf } from './list-versionen.js';

/** GET /api/verteilung/szenarien/:id/schulen/:schuleId — why this school gets what it gets (current version or ?version=n). */
export async function explainSchule(ctx: ActorCtx, input: { szenarioId: string; schuleId: string; version?: number }) {
  if (!can(ctx.actor, 'allocation.read', 'anywhere')) throw forbidden();
  const { szenario, scope, version } = await versionOf(ctx, input.szenarioId, input.version);
  return schulErklaerung(szenario, scope, version, input.schuleId);
}
