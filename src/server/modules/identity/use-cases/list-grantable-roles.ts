import { roleLabels, roles } from '../../../../domain/identity/roles.js';
import type { ActorCtx } from '../../../core/context.js';
import { scopesWhere } from '../../../core/policy.js';
import { mayGrant } from '../management-rules.js';

export function listGrantableRoles(ctx: ActorCtx) {
  const paths = scopesWhere(ctx.actor, 'user.manage');
  return { items: roles.map((role) => ({ role, label: roleLabels[role], grantable: paths.some((p) => mayGrant(ctx.actor, p, role)) })) };
}
