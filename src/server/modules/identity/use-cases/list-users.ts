import type { z } from 'zod';
import type { userListQuery } from '../../../../domain/identity/contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { can, scopesWhere } from '../../../core/policy.js';
import { ensureRootScope, findScope, listUsersUnder } from '../identity.repository.js';
import { presentUsersWithMemberships } from '../identity.presenters.js';

export async function listUsers(ctx: ActorCtx, input: z.infer<typeof userListQuery>) {
  if (!can(ctx.actor, 'user.manage', 'anywhere')) throw forbidden();
  let scopePath: string | undefined;
  if (input.scopeId) {
    const scope = await findScope(ctx.db, input.scopeId);
    if (!scope || !can(ctx.actor, 'user.manage', { scopePath: scope.path })) throw notFound('Die Organisationseinheit');
    scopePath = scope.path;
  }
  const paths = scopesWhere(ctx.actor, 'user.manage');
  const root = await ensureRootScope(ctx.db);
  const { rows, total } = await listUsersUnder(ctx.db, {
    paths,
    everyone: !scopePath && paths.includes(root.path),
    q: input.q,
    scopePath,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return { items: await presentUsersWithMemberships(ctx.db, rows), total, page: input.page, pageSize: input.pageSize };
}
