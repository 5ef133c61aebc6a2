import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { AppError, forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { lockAndCountOtherPlatformAdmins, revokeUserSessions } from '../identity.repository.js';
import { auditUser, presentUsersWithMemberships } from '../identity.presenters.js';
import { users } from '../identity.schema.js';
import { loadUserFor } from './load-managed-user.js';

/** Deactivation ends every session at once; the account and its history stay. */
export async function setUserActive(ctx: ActorCtx, input: { userId: string; active: boolean }) {
  if (!can(ctx.actor, 'user.manage', 'anywhere')) throw forbidden();
  if (input.userId === ctx.actor.id && !input.active) {
    throw new AppError(409, 'cannot_deactivate_self', 'Sie können Ihr eigenes Konto nicht deaktivieren.');
  }
  const { row, user } = await loadUserFor(ctx, ctx.db, input.userId, 'manage');
  const isPlatformAdmin = user.memberships.some((m) => m.role === 'administration' && m.scope.type === 'plattform');
  return ctx.db.transaction(async (tx) => {
    if (!input.active && isPlatformAdmin && (await lockAndCountOtherPlatformAdmins(tx, { userId: row.id })) === 0) {
      throw new AppError(409, 'last_admin', 'Die letzte aktive Administration der Plattform kann nicht deaktiviert werden.');
    }
    const [after] = await tx
      .update(users)
      .set({ active: input.active, version: sql`${users.version} + 1` })
      .where(eq(users.id, row.id))
      .returning();
    if (!input.active) await revokeUserSessions(tx, row.id);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: input.active ? 'user.reactivated' : 'user.deactivated',
      entityType: 'user',
      entityId: row.id,
      requestId: ctx.requestId,
      before: auditUser(row),
      after: auditUser(after!),
    });
    return (await presentUsersWithMemberships(tx, [after!]))[0]!;
  });
}
