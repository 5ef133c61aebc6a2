import type { SessionInfo } from '../../../domain/identity/contracts.js';
import type { Role } from '../../../domain/identity/roles.js';
import { hasAbility } from '../identity/session.js';

const managers: readonly Role[] = ['administration', 'landeskoordination', 'kommunalkoordination'];

/**
 * Whether to offer the Sozialraum forms for a Kommune. The server decides (and answers 403
 * otherwise); this only hides forms that would certainly fail: the role must be held for the
 * platform, for a Land whose code starts the Kommune's AGS (or has no code), or for the Kommune.
 */
export function canManageSozialraeume(session: SessionInfo, kommune: { id: string; ags: string }): boolean {
  if (!hasAbility(session, 'sozialraum.manage')) return false;
  return session.user.memberships.some(({ role, scope }) => {
    if (!managers.includes(role)) return false;
    if (scope.type === 'plattform') return true;
    if (scope.type === 'land') return !scope.code || kommune.ags.startsWith(scope.code);
    return scope.type === 'kommune' && scope.id === kommune.id;
  });
}
