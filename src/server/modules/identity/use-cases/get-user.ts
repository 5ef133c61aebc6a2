import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadUserFor } from './load-managed-user.js';

export async function getUser(ctx: ActorCtx, input: { userId: string }) {
  if (!can(ctx.actor, 'user.manage', 'anywhere')) throw forbidden();
  return (await loadUserFor(ctx, ctx.db, input.userId, 'see')).user;
}
