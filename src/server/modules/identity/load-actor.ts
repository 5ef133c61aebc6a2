import type { Membership } from '../../../domain/identity/contracts.js';
import type { Role } from '../../../domain/identity/roles.js';
import type { DbOrTx } from '../../core/db.js';
import type { Actor } from '../../core/policy.js';
import { listMemberships, type UserRow } from './identity.repository.js';
import { presentScope } from './identity.presenters.js';

export interface LoadedActor {
  actor: Actor;
  /** The same memberships as presented to the client, so the session info needs no second query. */
  memberships: Membership[];
}

/** One query for the policy's view of the user and the memberships the web shell shows. */
export async function loadActor(db: DbOrTx, user: UserRow): Promise<LoadedActor> {
  const ms = await listMemberships(db, [user.id]);
  return {
    actor: {
      id: user.id,
      name: user.name,
      memberships: ms.map((m) => ({ role: m.role as Role, scopeId: m.scope.id, scopePath: m.scope.path })),
    },
    memberships: ms.map((m) => ({ id: m.id, role: m.role as Role, scope: presentScope(m.scope) })),
  };
}
