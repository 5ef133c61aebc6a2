import { buildAkteur, buildAngebot, buildKooperation } from '../modules/mapping/tests/factories.js';
import {
  coordinatorsInOwnScope,
  everywhere,
  kommuneOf,
  membersInOwnScope,
  needsLogin,
  nowhere,
  ownScopeOnly,
  schuleOf,
  signedIn,
  type Access,
  type CallContext,
  type RouteAccess,
} from './access-rules.js';
import type { Caller, World } from './world.js';
import { uniqueSuffix } from './world.js';

/**
 * Keeping the map: coordinators anywhere in their Kommune, school leadership and staff for
 * entries at their own school (the own side places every entry at Schule A); members and
 * readers never.
 */
const mapWriters: Record<Caller, Access> = {
  administration: everywhere,
  landeskoordination: ownScopeOnly,
  kommunalkoordination: ownScopeOnly,
  schulleitung: ownScopeOnly,
  fachkraft: ownScopeOnly,
  mitglied: nowhere,
  lesend: nowhere,
  anonymous: needsLogin,
};

/** Own side: Kommune A and its Schule A; foreign side: Kommune B and its Schule B. */
const placeOf = (w: World, c: CallContext) => ({ kommuneId: kommuneOf(w, c).id, schuleId: schuleOf(w, c).id });

const kommuneParam = (w: World, c: CallContext) => ({ id: placeOf(w, c).kommuneId });

/** A fresh, unshared actor at the side's school. */
const akteurAt = (w: World, c: CallContext, archived = false) => {
  const { kommuneId, schuleId } = placeOf(w, c);
  return buildAkteur(w.db, { kommuneId, standortIds: [schuleId], archived });
};

const angebotAt = (w: World, c: CallContext, archived = false) => {
  const { kommuneId, schuleId } = placeOf(w, c);
  return buildAngebot(w.db, { kommuneId, standortIds: [schuleId], archived });
};

const kooperationAt = (w: World, c: CallContext, archived = false) => {
  const { kommuneId, schuleId } = placeOf(w, c);
  return buildKooperation(w.db, { kommuneId, standortId: schuleId, archived });
};

const akteurPayload = (schuleId: string) => ({ name: `Jugendamt ${uniqueSuffix()}`, typ: 'jugendamt', kreis: 'kernteam', standortIds: [schuleId] });

const angebotPayload = (schuleId: string) => ({
  titel: `Leseclub ${uniqueSuffix()}`,
  handlungsfeld: 'lesefoerderung',
  ebene: 'individuell',
  altersphasen: ['6-9'],
  finanzierung: 'startchancen',
  stundenProWoche: 2.5,
  standortIds: [schuleId],
});

/**
 * Access of the mapping routes (actors, offers, cooperations, site mapping); merged into the access matrix.
 * A single entry is opened by every member of Kommune A (membership at, above or inside the
 * Kommune); in the foreign Kommune the entry is not shared, so it stays hidden (404).
 */
export const mappingRouteAccess: Record<string, RouteAccess> = {
  // ---- actor types: the vocabulary is readable by everyone, extended by coordinators.
  'GET /api/mapping/kommunen/:id/akteur-typen': { scoped: true, ok: 200, access: signedIn, prepare: (w, c) => ({ params: kommuneParam(w, c) }) },
  'POST /api/mapping/kommunen/:id/akteur-typen': {
    scoped: true,
    ok: 201,
    access: coordinatorsInOwnScope,
    prepare: (w, c) => ({ params: kommuneParam(w, c), payload: { label: `Eigene Art ${uniqueSuffix()}` } }),
  },

  // ---- actors: lists answer everyone (non-members get only shared entries).
  'GET /api/mapping/kommunen/:id/akteure': { scoped: true, ok: 200, access: signedIn, prepare: (w, c) => ({ params: kommuneParam(w, c), query: { pageSize: '5' } }) },
  'POST /api/mapping/kommunen/:id/akteure': {
    scoped: true,
    ok: 201,
    access: mapWriters,
    prepare: (w, c) => ({ params: kommuneParam(w, c), payload: akteurPayload(placeOf(w, c).schuleId) }),
  },
  'GET /api/mapping/akteure/:id': { scoped: true, ok: 200, access: membersInOwnScope, prepare: async (w, c) => ({ params: { id: (await akteurAt(w, c)).id } }) },
  'PATCH /api/mapping/akteure/:id': {
    scoped: true,
    ok: 200,
    access: mapWriters,
    prepare: async (w, c) => {
      const akteur = await akteurAt(w, c);
      return { params: { id: akteur.id }, payload: { ...akteurPayload(placeOf(w, c).schuleId), version: akteur.version } };
    },
  },
  'POST /api/mapping/akteure/:id/archivieren': {
    scoped: true,
    ok: 200,
    access: mapWriters,
    prepare: async (w, c) => {
      const akteur = await akteurAt(w, c);
      return { params: { id: akteur.id }, payload: { version: akteur.version } };
    },
  },
  'POST /api/mapping/akteure/:id/wiederherstellen': {
    scoped: true,
    ok: 200,
    access: mapWriters,
    prepare: async (w, c) => {
      const akteur = await akteurAt(w, c, true);
      return { params: { id: akteur.id }, payload: { version: akteur.version } };
    },
  },

  // ---- offers
  'GET /api/mapping/kommunen/:id/angebote': {
    scoped: true,
    ok: 200,
    access: signedIn,
    prepare: (w, c) => ({ params: kommuneParam(w, c), query: { handlungsfeld: 'lesefoerderung', altersphase: '6-9' } }),
  },
  'POST /api/mapping/kommunen/:id/angebote': {
    scoped: true,
    ok: 201,
    access: mapWriters,
    prepare: (w, c) => ({ params: kommuneParam(w, c), payload: angebotPayload(placeOf(w, c).schuleId) }),
  },
  'GET /api/mapping/angebote/:id': { scoped: true, ok: 200, access: membersInOwnScope, prepare: async (w, c) => ({ params: { id: (await angebotAt(w, c)).id } }) },
  'PATCH /api/mapping/angebote/:id': {
    scoped: true,
    ok: 200,
    access: mapWriters,
    prepare: async (w, c) => {
      const angebot = await angebotAt(w, c);
      return { params: { id: angebot.id }, payload: { ...angebotPayload(placeOf(w, c).schuleId), version: angebot.version } };
    },
  },
  'POST /api/mapping/angebote/:id/archivieren': {
    scoped: true,
    ok: 200,
    access: mapWriters,
    prepare: async (w, c) => {
      const angebot = await angebotAt(w, c);
      return { params: { id: angebot.id }, payload: { version: angebot.version } };
    },
  },
  'POST /api/mapping/angebote/:id/wiederherstellen': {
    scoped: true,
    ok: 200,
    access: mapWriters,
    prepare: async (w, c) => {
      const angebot = await angebotAt(w, c, true);
      return { params: { id: angebot.id }, payload: { version: angebot.version } };
    },
  },

  // ---- cooperations
  'GET /api/mapping/kommunen/:id/kooperationen': { scoped: true, ok: 200, access: signedIn, prepare: (w, c) => ({ params: kommuneParam(w, c) }) },
  'POST /api/mapping/kommunen/:id/kooperationen': {
    scoped: true,
    ok: 201,
    access: mapWriters,
    prepare: async (w, c) => {
      const { kommuneId, schuleId } = placeOf(w, c);
      const a = await buildAkteur(w.db, { kommuneId });
      const b = await buildAkteur(w.db, { kommuneId });
      return { params: { id: kommuneId }, payload: { akteurAId: a.id, akteurBId: b.id, typ: 'gemeinsames-angebot', standortId: schuleId } };
    },
  },
  'GET /api/mapping/kooperationen/:id': { scoped: true, ok: 200, access: membersInOwnScope, prepare: async (w, c) => ({ params: { id: (await kooperationAt(w, c)).id } }) },
  'PATCH /api/mapping/kooperationen/:id': {
    scoped: true,
    ok: 200,
    access: mapWriters,
    prepare: async (w, c) => {
      const k = await kooperationAt(w, c);
      return { params: { id: k.id }, payload: { akteurAId: k.akteurAId, akteurBId: k.akteurBId, typ: 'fallberatung', standortId: k.schuleId, version: k.version } };
    },
  },
  'POST /api/mapping/kooperationen/:id/archivieren': {
    scoped: true,
    ok: 200,
    access: mapWriters,
    prepare: async (w, c) => {
      const k = await kooperationAt(w, c);
      return { params: { id: k.id }, payload: { version: k.version } };
    },
  },
  'POST /api/mapping/kooperationen/:id/wiederherstellen': {
    scoped: true,
    ok: 200,
    access: mapWriters,
    prepare: async (w, c) => {
      const k = await kooperationAt(w, c, true);
      return { params: { id: k.id }, payload: { version: k.version } };
    },
  },

  // ---- site mapping: everyone may open a school's part of the map (non-members see shared entries only).
  'GET /api/mapping/standorte/:id': { scoped: true, ok: 200, access: signedIn, prepare: (w, c) => ({ params: { id: placeOf(w, c).schuleId } }) },
};
