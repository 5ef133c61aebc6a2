import type { Membership, SessionInfo } from '../../../../domain/identity/contracts.js';
import type { Role } from '../../../../domain/identity/roles.js';

/*
 * What the pages offer. The server decides every request (403 otherwise); these checks only hide
 * forms and buttons that would certainly fail. They follow mapping-access.ts on the server:
 * coordinators keep the whole map of their Kommune, school leadership and staff the entries whose
 * sites all lie at their own school, members read everything of their Kommune, others what it shared.
 */

const coordinators: readonly Role[] = ['administration', 'landeskoordination', 'kommunalkoordination'];
const contributors: readonly Role[] = ['schulleitung', 'fachkraft'];

const segments = (m: Membership) => m.scope.path.split('/').filter(Boolean);

/** The membership's scope is the Kommune or lies above it (a Land, the whole platform). */
function coversKommune(m: Membership, kommuneId: string): boolean {
  if (m.scope.type === 'plattform' || m.scope.type === 'land') return true;
  return m.scope.id === kommuneId;
}

/** The membership's scope lies inside the Kommune (a school, a network of the Kommune). */
function insideKommune(m: Membership, kommuneId: string): boolean {
  return m.scope.id !== kommuneId && segments(m).includes(kommuneId);
}

export function canManage(session: SessionInfo, kommuneId: string): boolean {
  return session.user.memberships.some((m) => coordinators.includes(m.role) && coversKommune(m, kommuneId));
}

function contributesAt(session: SessionInfo, kommuneId: string, siteId: string): boolean {
  return session.user.memberships.some((m) => contributors.includes(m.role) && (m.scope.id === siteId || coversKommune(m, kommuneId)));
}

/** May change an entry of this Kommune at these sites (all of them, before and after the change). */
export function canWrite(session: SessionInfo, kommuneId: string, siteIds: readonly string[]): boolean {
  if (canManage(session, kommuneId)) return true;
  return siteIds.length > 0 && siteIds.every((site) => contributesAt(session, kommuneId, site));
}

/** May add entries to this Kommune at all (coordinators, or staff of one of its schools). */
export function canCreate(session: SessionInfo, kommuneId: string): boolean {
  if (canManage(session, kommuneId)) return true;
  return session.user.memberships.some((m) => contributors.includes(m.role) && (coversKommune(m, kommuneId) || insideKommune(m, kommuneId)));
}

/** The schools where the person keeps entries as school staff: the natural site of a new entry. */
export function ownSites(session: SessionInfo, kommuneId: string): Array<{ id: string; name: string }> {
  return session.user.memberships
    .filter((m) => contributors.includes(m.role) && m.scope.type === 'schule' && insideKommune(m, kommuneId))
    .map((m) => ({ id: m.scope.id, name: m.scope.name }));
}

/** Members of the Kommune (at it, above or inside it) read everything; others only shared entries. */
export function readsAll(session: SessionInfo, kommuneId: string): boolean {
  return session.user.memberships.some((m) => coversKommune(m, kommuneId) || insideKommune(m, kommuneId));
}
