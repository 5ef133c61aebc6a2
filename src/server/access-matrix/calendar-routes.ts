import { newToken, sha256 } from '../core/secrets.js';
import { kalenderAbos } from '../modules/networks/networks.schema.js';
import { buildNetzwerk, buildTreffen } from '../testing/network-factories.js';
import { buildUser } from '../testing/factories.js';
import { networkMembers, publicRoute, signedIn, type CallContext, type RouteAccess } from './access-rules.js';
import type { World } from './world.js';

/** Own side: a network of Kommune A with the caller as guest; foreign: one of Kommune B without them. */
async function networkFor(w: World, c: CallContext) {
  if (c.side === 'own') return buildNetzwerk(w.db, { traegerScopeId: w.scopes.kommuneA.id, kommuneIds: [w.scopes.kommuneA.id], members: c.self ? { [c.self.id]: 'gast' } : {} });
  const stranger = await buildUser(w.db, { role: 'kommunalkoordination', scopeId: w.scopes.kommuneB.id });
  return buildNetzwerk(w.db, { traegerScopeId: w.scopes.kommuneB.id, kommuneIds: [w.scopes.kommuneB.id], members: { [stranger.id]: 'moderation' } });
}

/** A subscription stored as the use case stores it; returns the raw token. */
async function subscription(w: World, userId: string, netzwerkId: string | null = null) {
  const token = newToken();
  const [row] = await w.db.insert(kalenderAbos).values({ userId, netzwerkId, bezeichnung: 'Matrix-Abo', tokenHash: sha256(token) }).returning();
  return { id: row!.id, token };
}

/**
 * Access of the calendar routes of the networks module. Inside networks the role in the network
 * decides (networkMembers): on the own side the caller is a guest of the network (the lowest role,
 * enough for the calendar), on the foreign side the network belongs to Kommune B without them (404).
 */
export const calendarRouteAccess: Record<string, RouteAccess> = {
  'GET /api/treffen/:id/kalender.ics': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => ({ params: { id: (await buildTreffen(w.db, (await networkFor(w, c)).id)).id } }),
  },

  // Always the caller's own subscriptions.
  'GET /api/kalender-abos': { scoped: false, ok: 200, access: signedIn, prepare: () => ({}) },

  'POST /api/kalender-abos': {
    scoped: true,
    ok: 201,
    access: networkMembers,
    prepare: async (w, c) => ({ payload: { bezeichnung: 'Netzwerk im Kalender', netzwerkId: (await networkFor(w, c)).id } }),
  },

  // Own: the caller's subscription; foreign: another person's, which stays hidden (404).
  'DELETE /api/kalender-abos/:id': {
    scoped: true,
    ok: 204,
    access: networkMembers,
    prepare: async (w, c) => {
      const owner = c.side === 'own' && c.self ? c.self.id : (await buildUser(w.db, { role: 'fachkraft', scopeId: w.scopes.schuleB.id })).id;
      return { params: { id: (await subscription(w, owner)).id } };
    },
  },

  // Holding the address is the permission; it works the same signed in or not.
  'GET /api/kalender/:datei': {
    scoped: false,
    ok: 200,
    access: publicRoute,
    prepare: async (w) => {
      const owner = await buildUser(w.db, { role: 'fachkraft', scopeId: w.scopes.schuleA.id });
      const netzwerk = await buildNetzwerk(w.db, { traegerScopeId: w.scopes.kommuneA.id, members: { [owner.id]: 'mitglied' } });
      await buildTreffen(w.db, netzwerk.id);
      return { params: { datei: `${(await subscription(w, owner.id)).token}.ics` } };
    },
  },
};
