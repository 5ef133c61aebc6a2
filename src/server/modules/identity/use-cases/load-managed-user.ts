import type { UserWithMemberships } from '../../../../domain/identity/contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import type { DbOrTx } from '../../../core/db.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { ensureRootScope, findUser, type UserRow } from '../identity.repository.js';
import { presentUsersWithMemberships } from '../identity.presenters.js';
import { mayManageUser, maySeeUser } from '../management-rules.js';

/** Loads a user the actor may see (`see`) or change (`manage`); 404 hides users from other tenants. */
export async function loadUserFor(
  ctx: ActorCtx,
  db: DbOrTx,
  userId: string,
  need: 'see' | 'manage',
): Promise<{ row: UserRow; user: UserWithMemberships }> {
  const row = await findUser(db, userId);
  if (!row) throw notFound('Das Benutzerkonto');
  const [user] = await presentUsersWithMemberships(db, [row]);
  const root = await ensureRootScope(db);
  if (!maySeeUser(ctx.actor, user!, root.path)) throw notFound('Das Benutzerkonto');
  if (need === 'manage' && !mayManageUser(ctx.actor, user!, root.path)) throw forbidden();
  return { row, user: user! };
}
