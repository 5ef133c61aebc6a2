import type { SessionInfo } from '../../../../domain/identity/contracts.js';
import type { DbOrTx } from '../../../core/db.js';
import { can, registeredActions } from '../../../core/policy.js';
import type { UserRow } from '../identity.repository.js';
import { presentUser } from '../identity.presenters.js';
import { loadActor, type LoadedActor } from '../load-actor.js';

/** What the web shell needs: the user with memberships, the CSRF token and what they may do somewhere. */
export function presentSessionInfo(user: UserRow, loaded: LoadedActor, csrfToken: string): SessionInfo {
  const abilities = registeredActions().filter((a) => can(loaded.actor, a, 'anywhere') || can(loaded.actor, a, 'self'));
  return { user: { ...presentUser(user), memberships: loaded.memberships }, csrfToken, abilities };
}

/** For a session that was just started (setup, login, accepted invitation). */
export async function getSessionInfo(db: DbOrTx, opts: { user: UserRow; csrfToken: string }): Promise<SessionInfo> {
  return presentSessionInfo(opts.user, await loadActor(db, opts.user), opts.csrfToken);
}
