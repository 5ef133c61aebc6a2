import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { distinctSchulformen } from '../directory.repository.js';

export async function listSchulformen(ctx: ActorCtx) {
  if (!can(ctx.actor, 'directory.read', 'anywhere')) throw forbidden();
  return { items: await distinctSchulformen(ctx.db) };
}
