import type { Membership, SessionInfo } from '../../../domain/identity/contracts.js';
import type { Role } from '../../../domain/identity/roles.js';
import { landCodes, type LandCode } from '../../../domain/networks/holidays.js';
import type { NetzwerkRolle } from '../../../domain/networks/vocabulary.js';
import { landCodeByAgs, landNames } from '../../../domain/networks/vocabulary.js';
import { hasAbility } from '../identity/session.js';

/*
 * What the pages offer. The server decides every request; these checks only hide forms and
 * buttons that would certainly fail. Founding follows networks.permissions.ts ('networks.create'
 * at every Kommune involved), everything inside a network the caller's role in it.
 */

const coordinators: readonly Role[] = ['administration', 'landeskoordination', 'kommunalkoordination'];

const rank: Record<NetzwerkRolle, number> = { gast: 1, mitglied: 2, moderation: 3 };

/** The caller's role in the network is at least `needed`. */
export function hasRole(rolle: NetzwerkRolle, needed: NetzwerkRolle): boolean {
  return rank[rolle] >= rank[needed];
}

/** May found networks somewhere (coordinators). */
export function canFound(session: SessionInfo): boolean {
  return hasAbility(session, 'networks.create');
}

const isLandCode = (value: string): value is LandCode => (landCodes as readonly string[]).includes(value);

/** The state of a Land scope: its code ("NW" or "05"), else its name ("Nordrhein-Westfalen"). */
function landOfScope(m: Membership): LandCode | null {
  const code = m.scope.code?.toUpperCase() ?? '';
  if (isLandCode(code)) return code;
  // Land scopes may carry the Länderschlüssel of the AGS ("05") as their code.
  const byAgs = landCodeByAgs[code];
  if (byAgs && isLandCode(byAgs)) return byAgs;
  const byName = Object.entries(landNames).find(([, name]) => name === m.scope.name)?.[0];
  return byName && isLandCode(byName) ? byName : null;
}

/**
 * Where a new network most likely belongs: the state of the coordinator's Land, or of the Kommune
 * they coordinate; when every Kommune they may involve lies in one state, that one.
 */
export function defaultLand(session: SessionInfo, kommunen: ReadonlyArray<{ id: string; land: string | null }>): LandCode | null {
  const byId = new Map(kommunen.map((k) => [k.id, k]));
  for (const m of session.user.memberships.filter((x) => coordinators.includes(x.role))) {
    if (m.scope.type === 'land') {
      const code = landOfScope(m);
      if (code) return code;
    }
    const land = byId.get(m.scope.id)?.land;
    if (land && isLandCode(land)) return land;
  }
  const lands = new Set(kommunen.map((k) => k.land));
  const only = lands.size === 1 ? [...lands][0] : null;
  return only && isLandCode(only) ? only : null;
}
