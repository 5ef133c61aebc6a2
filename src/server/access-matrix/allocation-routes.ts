import { buildFreigabe, buildSzenario, simpleModell } from '../modules/allocation/tests/factories.js';
import { buildUser } from '../testing/factories.js';
import { coordinatorsInOwnScope, kommuneOf, membersInOwnScope, publicRoute, schuleOf, signedIn, type CallContext, type RouteAccess } from './access-rules.js';
import { uniqueSuffix, type World } from './world.js';

const szenarioAt = (w: World, c: CallContext, archived = false) => buildSzenario(w.db, { scopeId: kommuneOf(w, c).id, name: `Szenario ${uniqueSuffix()}`, archived });
const szenarioParam = async (w: World, c: CallContext) => ({ id: (await szenarioAt(w, c)).id });

const payload = (w: World, c: CallContext) => ({ scopeId: kommuneOf(w, c).id, name: `Schulsozialarbeit ${uniqueSuffix()}`, modell: simpleModell() });

/**
 * Access of the allocation routes (scenarios, comparison, explanation, exports, share links); merged into the access matrix.
 * Reading a scenario: members of its Kommune. Changing, archiving and sharing: coordinators of the
 * Kommune or above; readers get 403, a scenario of the foreign Kommune B stays hidden (404).
 */
export const allocationRouteAccess: Record<string, RouteAccess> = {
  // Filtered to where the caller may plan (empty for readers).
  'GET /api/verteilung/bereiche': { scoped: false, ok: 200, access: signedIn, prepare: () => ({}) },
  // Filtered to what the caller may read.
  'GET /api/verteilung/szenarien': { scoped: false, ok: 200, access: signedIn, prepare: () => ({ query: { archiviert: 'alle' } }) },
  'POST /api/verteilung/szenarien': { scoped: true, ok: 201, access: coordinatorsInOwnScope, prepare: (w, c) => ({ payload: payload(w, c) }) },
  'GET /api/verteilung/szenarien/:id': { scoped: true, ok: 200, access: membersInOwnScope, prepare: async (w, c) => ({ params: await szenarioParam(w, c) }) },
  'PUT /api/verteilung/szenarien/:id': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const s = await szenarioAt(w, c);
      return { params: { id: s.id }, payload: { name: `Geändert ${uniqueSuffix()}`, modell: simpleModell({ verfahren: 'sainte-lague' }), version: s.version } };
    },
  },
  'POST /api/verteilung/szenarien/:id/archivieren': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const s = await szenarioAt(w, c);
      return { params: { id: s.id }, payload: { version: s.version } };
    },
  },
  'POST /api/verteilung/szenarien/:id/wiederherstellen': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const s = await szenarioAt(w, c, true);
      return { params: { id: s.id }, payload: { version: s.version } };
    },
  },
  'GET /api/verteilung/szenarien/:id/versionen': { scoped: true, ok: 200, access: membersInOwnScope, prepare: async (w, c) => ({ params: await szenarioParam(w, c) }) },
  'GET /api/verteilung/szenarien/:id/versionen/:nummer': {
    scoped: true,
    ok: 200,
    access: membersInOwnScope,
    prepare: async (w, c) => ({ params: { ...(await szenarioParam(w, c)), nummer: '1' } }),
  },
  'GET /api/verteilung/szenarien/:id/schulen/:schuleId': {
    scoped: true,
    ok: 200,
    access: membersInOwnScope,
    prepare: async (w, c) => ({ params: { ...(await szenarioParam(w, c)), schuleId: schuleOf(w, c).id } }),
  },
  'GET /api/verteilung/szenarien/:id/export.csv': { scoped: true, ok: 200, access: membersInOwnScope, prepare: async (w, c) => ({ params: await szenarioParam(w, c) }) },
  'GET /api/verteilung/szenarien/:id/export.xlsx': { scoped: true, ok: 200, access: membersInOwnScope, prepare: async (w, c) => ({ params: await szenarioParam(w, c) }) },

  // Computing a model is part of editing one: coordinators of the scope.
  'POST /api/verteilung/vorschau': { scoped: true, ok: 200, access: coordinatorsInOwnScope, prepare: (w, c) => ({ payload: { scopeId: kommuneOf(w, c).id, modell: simpleModell() } }) },
  'GET /api/verteilung/vergleich': {
    scoped: true,
    ok: 200,
    access: membersInOwnScope,
    prepare: async (w, c) => ({ query: { ids: `${(await szenarioAt(w, c)).id},${(await szenarioAt(w, c)).id}` } }),
  },

  'GET /api/verteilung/szenarien/:id/freigaben': { scoped: true, ok: 200, access: coordinatorsInOwnScope, prepare: async (w, c) => ({ params: await szenarioParam(w, c) }) },
  'POST /api/verteilung/szenarien/:id/freigaben': {
    scoped: true,
    ok: 201,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => ({ params: await szenarioParam(w, c), payload: { bezeichnung: 'Steuergruppe' } }),
  },
  'DELETE /api/verteilung/szenarien/:id/freigaben/:freigabeId': {
    scoped: true,
    ok: 204,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const s = await szenarioAt(w, c);
      const owner = await buildUser(w.db, { role: 'kommunalkoordination', scopeId: kommuneOf(w, c).id });
      return { params: { id: s.id, freigabeId: (await buildFreigabe(w.db, s.id, owner.id)).id } };
    },
  },

  // Holding the link is the permission; it works the same signed in or not.
  'GET /api/verteilung/geteilt/:token': {
    scoped: false,
    ok: 200,
    access: publicRoute,
    prepare: async (w) => {
      const s = await buildSzenario(w.db, { scopeId: w.scopes.kommuneB.id });
      const owner = await buildUser(w.db, { role: 'kommunalkoordination', scopeId: w.scopes.kommuneB.id });
      return { params: { token: (await buildFreigabe(w.db, s.id, owner.id)).token } };
    },
  },
  'GET /api/verteilung/geteilt/:token/schulen/:schuleId': {
    scoped: false,
    ok: 200,
    access: publicRoute,
    prepare: async (w) => {
      const s = await buildSzenario(w.db, { scopeId: w.scopes.kommuneB.id });
      const owner = await buildUser(w.db, { role: 'kommunalkoordination', scopeId: w.scopes.kommuneB.id });
      return { params: { token: (await buildFreigabe(w.db, s.id, owner.id)).token, schuleId: w.scopes.schuleB.id } };
    },
  },
};
