import type { SessionInfo } from '../../../../domain/identity/contracts.js';
import type { Role } from '../../../../domain/identity/roles.js';

const coordinators: readonly Role[] = ['administration', 'landeskoordination', 'kommunalkoordination'];

/**
 * Whether to offer the import for a Kommune. The server decides (403 otherwise); this only hides a
 * form that would certainly fail: a coordinating role for the platform, for a Land whose code starts
 * the Kommune's AGS (or that has no code, or when the AGS is not known yet), or for the Kommune.
 */
export function canImportInto(session: SessionInfo, kommune: { id: string; ags?: string | null }): boolean {
  return session.user.memberships.some(({ role, scope }) => {
    if (!coordinators.includes(role)) return false;
    if (scope.type === 'plattform') return true;
    if (scope.type === 'land') return !scope.code || !kommune.ags || kommune.ags.startsWith(scope.code);
    return scope.type === 'kommune' && scope.id === kommune.id;
  });
}
