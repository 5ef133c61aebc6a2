import type { Role } from '../../../../domain/identity/roles.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { AppError, forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { deleteMembership, findMembership, lockAndCountOtherPlatformAdmins } from '../identity.repository.js';
import { mayGrant } from '../management-rules.js';

export async function revokeMembership(ctx: ActorCtx, input: { membershipId: string }) {
  if (!can(ctx.actor, 'user.manage', 'anywhere')) throw forbidden();
  const m = await findMembership(ctx.db, input.membershipId);
  if (!m || !can(ctx.actor, 'user.manage', { scopePath: m.scope.path })) throw notFound('Die Rolle');
  if (!mayGrant(ctx.actor, m.scope.path, m.role as Role)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    if (m.role === 'administration' && m.scope.type === 'plattform') {
      // Never remove the last active platform administrator: nobody could manage Strang afterwards.
      if ((await lockAndCountOtherPlatformAdmins(tx, { membershipId: m.id })) === 0) {
        throw new AppError(409, 'last_admin', 'Die letzte Administrationsrolle der Plattform kann nicht entfernt werden.');
      }
    }
    await deleteMembership(tx, m.id);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'membership.revoked',
      entityType: 'membership',
      entityId: m.id,
      scopeId: m.scope.id,
      requestId: ctx.requestId,
      before: { userId: m.userId, role: m.role, scopeId: m.scope.id },
    });
  });
}
