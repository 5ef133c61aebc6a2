import type { SessionInfo } from '../../../domain/identity/contracts.js';
import { hasAbility } from '../identity/session.js';

/*
 * What the pages offer. The server decides every request; these checks only hide forms and
 * buttons that would certainly fail (transfer.permissions.ts: coordinators keep gaps, practices
 * and transfers of their Kommunen; the state coordination keeps the catalogue).
 */

/** Enters gaps and practices, asks and answers transfers somewhere (the coordination). */
export const mayManage = (session: SessionInfo) => hasAbility(session, 'transfer.manage');

/** Keeps the catalogue of context questions (state coordination, administration). */
export const mayKeepCatalogue = (session: SessionInfo) => hasAbility(session, 'transfer.catalogue');

/** The Kommunen the person belongs to directly (any role), by name, each once. */
export function memberKommunen(session: SessionInfo): { id: string; name: string }[] {
  const byId = new Map<string, { id: string; name: string }>();
  for (const m of session.user.memberships) if (m.scope.type === 'kommune') byId.set(m.scope.id, { id: m.scope.id, name: m.scope.name });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
