import type { z } from 'zod';
import type { vorschauBody } from '../../../../domain/allocation/contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { resolveScope } from '../allocation-access.js';
import { runModel } from '../run-model.js';

/**
 * POST /api/verteilung/vorschau — computes a model without saving anything, for the model form.
 * Saving the same model (with the seed from this answer) gives the same result on the same data.
 */
export async function previewVerteilung(ctx: ActorCtx, input: z.output<typeof vorschauBody>) {
  if (!can(ctx.actor, 'allocation.manage', 'anywhere')) throw forbidden();
  const scope = await resolveScope(ctx, input.scopeId);
  return runModel(ctx.db, scope, input.modell);
}
