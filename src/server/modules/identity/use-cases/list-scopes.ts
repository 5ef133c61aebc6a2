import type { ActorCtx } from '../../../core/context.js';
import { scopesWhere } from '../../../core/policy.js';
import { listScopesUnder } from '../identity.repository.js';
import { presentScope } from '../identity.presenters.js';

/** `manage`: where the user may assign roles; `read`: everything the user belongs to. */
export async function listScopes(ctx: ActorCtx, input: { purpose: 'manage' | 'read' }) {
  const action = input.purpose === 'manage' ? 'user.manage' : 'scope.read';
  const rows = await listScopesUnder(ctx.db, scopesWhere(ctx.actor, action));
  return { items: rows.map(presentScope) };
}
