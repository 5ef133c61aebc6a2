import type { Role } from '../../../../domain/identity/roles.js';
import { roleLabels } from '../../../../domain/identity/roles.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { AppError, forbidden, invalid } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { findScope, insertMembership } from '../identity.repository.js';
import { presentScope } from '../identity.presenters.js';
import { mayGrant } from '../management-rules.js';
import { loadUserFor } from './load-managed-user.js';

export async function grantMembership(ctx: ActorCtx, input: { userId: string; scopeId: string; role: Role }) {
  if (!can(ctx.actor, 'user.manage', 'anywhere')) throw forbidden();
  await loadUserFor(ctx, ctx.db, input.userId, 'see');
  const scope = await findScope(ctx.db, input.scopeId);
  if (!scope || !can(ctx.actor, 'user.manage', { scopePath: scope.path })) {
    throw invalid('scopeId', 'Diese Organisationseinheit gibt es nicht oder Sie dürfen dort keine Rollen vergeben.');
  }
  if (!mayGrant(ctx.actor, scope.path, input.role)) {
    throw invalid('role', `Sie dürfen die Rolle „${roleLabels[input.role]}“ hier nicht vergeben.`);
  }
  return ctx.db.transaction(async (tx) => {
    const row = await insertMembership(tx, { userId: input.userId, scopeId: scope.id, role: input.role });
    if (!row) throw new AppError(409, 'membership_exists', `Die Person hat die Rolle „${roleLabels[input.role]}“ in ${scope.name} bereits.`);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'membership.granted',
      entityType: 'membership',
      entityId: row.id,
      scopeId: scope.id,
      requestId: ctx.requestId,
      after: { userId: input.userId, role: input.role, scopeId: scope.id },
    });
    return { id: row.id, role: input.role, scope: presentScope(scope) };
  });
}
