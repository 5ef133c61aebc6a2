import type { z } from 'zod';
import type { changePasswordBody } from '../../../../domain/identity/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden, invalid, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { hashPassword, verifyPassword } from '../../../core/secrets.js';
import { findUser, revokeUserSessions } from '../identity.repository.js';
import { users } from '../identity.schema.js';
import { eq, sql } from 'drizzle-orm';

/** Other sessions of the user end, the current one stays. */
export async function changePassword(ctx: ActorCtx, input: z.infer<typeof changePasswordBody> & { currentSessionId: string }) {
  if (!can(ctx.actor, 'profile.manage', 'self')) throw forbidden();
  const user = await findUser(ctx.db, ctx.actor.id);
  if (!user?.passwordHash) throw notFound('Das Benutzerkonto');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid('currentPassword', 'Das bisherige Passwort ist nicht korrekt.', 'wrong_password');
  }
  if (input.currentPassword === input.newPassword) {
    throw invalid('newPassword', 'Das neue Passwort muss sich vom bisherigen unterscheiden.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, version: sql`${users.version} + 1` }).where(eq(users.id, user.id));
    await revokeUserSessions(tx, user.id, input.currentSessionId);
    await writeAudit(tx, { actorId: user.id, action: 'user.password_changed', entityType: 'user', entityId: user.id, requestId: ctx.requestId });
  });
}
