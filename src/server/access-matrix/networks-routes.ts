import { eq } from 'drizzle-orm';
import type { NetzwerkRolle } from '../../domain/networks/vocabulary.js';
import { netzwerke, netzwerkMitglieder } from '../modules/networks/networks.schema.js';
import { buildNetzwerk } from '../testing/network-factories.js';
import { buildUser } from '../testing/factories.js';
import { coordinatorsInOwnScope, coordinatorsOnly, kommuneOf, networkMembers, signedIn, type CallContext, type RouteAccess } from './access-rules.js';
import { uniqueSuffix, type World } from './world.js';

/** A network of the side's Kommune moderated by someone else; the caller belongs to it (own side) with `rolle`. */
async function networkFor(w: World, c: CallContext, rolle: NetzwerkRolle, archived = false) {
  const kommune = kommuneOf(w, c);
  const moderation = await buildUser(w.db, { role: 'mitglied', scopeId: kommune.id });
  const members: Record<string, NetzwerkRolle> = { [moderation.id]: 'moderation' };
  if (c.side === 'own' && c.self) members[c.self.id] = rolle;
  const row = await buildNetzwerk(w.db, { traegerScopeId: kommune.id, kommuneIds: [kommune.id], members, land: 'NW' });
  if (!archived) return row;
  const [done] = await w.db.update(netzwerke).set({ archiviertAm: new Date() }).where(eq(netzwerke.id, row.id)).returning();
  return done!;
}

/** A further member of the network, to change or remove. */
async function memberOf(w: World, netzwerkId: string, c: CallContext) {
  const user = await buildUser(w.db, { role: 'mitglied', scopeId: kommuneOf(w, c).id });
  await w.db.insert(netzwerkMitglieder).values({ netzwerkId, userId: user.id, rolle: 'mitglied' });
  return user;
}

const netzwerkPayload = (w: World, c: CallContext) => ({
  name: `Netzwerk ${uniqueSuffix()}`,
  ebene: 'kommune',
  schwerpunkt: 'praxis',
  land: 'NW',
  kommuneIds: [kommuneOf(w, c).id],
});

const reihePayload = { regel: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=3', beginn: '2026-09-08T13:30', dauerMinuten: 60 };

/** Access of the networks routes of the networks module; inside a network only membership counts (networkMembers). */
export const networksRouteAccess: Record<string, RouteAccess> = {
  'GET /api/netzwerke': { scoped: false, ok: 200, access: signedIn, prepare: () => ({ query: { archiviert: 'false' } }) },
  'POST /api/netzwerke': { scoped: true, ok: 201, access: coordinatorsInOwnScope, prepare: (w, c) => ({ payload: netzwerkPayload(w, c) }) },
  'GET /api/netzwerke/vorlagen': { scoped: false, ok: 200, access: signedIn, prepare: () => ({}) },
  // Only those who may found a network see which Kommunen they may involve.
  'GET /api/netzwerke/kommunen': { scoped: false, ok: 200, access: coordinatorsOnly, prepare: () => ({ query: { q: 'Kommune' } }) },

  'GET /api/netzwerke/:id': { scoped: true, ok: 200, access: networkMembers, prepare: async (w, c) => ({ params: { id: (await networkFor(w, c, 'gast')).id } }) },
  'PUT /api/netzwerke/:id': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => {
      const n = await networkFor(w, c, 'moderation');
      return { params: { id: n.id }, payload: { ...netzwerkPayload(w, c), version: n.version } };
    },
  },
  'POST /api/netzwerke/:id/archivieren': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => {
      const n = await networkFor(w, c, 'moderation');
      return { params: { id: n.id }, payload: { version: n.version } };
    },
  },
  'POST /api/netzwerke/:id/wiederherstellen': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => {
      const n = await networkFor(w, c, 'moderation', true);
      return { params: { id: n.id }, payload: { version: n.version } };
    },
  },

  'GET /api/netzwerke/:id/mitglieder': { scoped: true, ok: 200, access: networkMembers, prepare: async (w, c) => ({ params: { id: (await networkFor(w, c, 'mitglied')).id } }) },
  'POST /api/netzwerke/:id/mitglieder': {
    scoped: true,
    ok: 201,
    access: networkMembers,
    prepare: async (w, c) => {
      const n = await networkFor(w, c, 'moderation');
      const person = await buildUser(w.db, { role: 'fachkraft', scopeId: w.scopes.schuleA.id });
      return { params: { id: n.id }, payload: { email: person.email, rolle: 'mitglied' } };
    },
  },
  'PUT /api/netzwerke/:id/mitglieder/:userId': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => {
      const n = await networkFor(w, c, 'moderation');
      return { params: { id: n.id, userId: (await memberOf(w, n.id, c)).id }, payload: { rolle: 'gast' } };
    },
  },
  'DELETE /api/netzwerke/:id/mitglieder/:userId': {
    scoped: true,
    ok: 204,
    access: networkMembers,
    prepare: async (w, c) => {
      const n = await networkFor(w, c, 'moderation');
      return { params: { id: n.id, userId: (await memberOf(w, n.id, c)).id } };
    },
  },

  'GET /api/netzwerke/:id/reihen': { scoped: true, ok: 200, access: networkMembers, prepare: async (w, c) => ({ params: { id: (await networkFor(w, c, 'gast')).id } }) },
  // A preview: it answers 200 and writes nothing.
  'POST /api/netzwerke/:id/reihen/pruefen': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => ({ params: { id: (await networkFor(w, c, 'moderation')).id }, payload: reihePayload }),
  },
  'POST /api/netzwerke/:id/reihen': {
    scoped: true,
    ok: 201,
    access: networkMembers,
    prepare: async (w, c) => ({ params: { id: (await networkFor(w, c, 'moderation')).id }, payload: { ...reihePayload, titel: 'Online-Meeting Schulsozialarbeit', onlineLink: 'https://meet.example.org/ssa' } }),
  },
  'GET /api/netzwerke/:id/treffen': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => ({ params: { id: (await networkFor(w, c, 'gast')).id }, query: { von: '2026-01-01', bis: '2026-12-31' } }),
  },
  'POST /api/netzwerke/:id/treffen': {
    scoped: true,
    ok: 201,
    access: networkMembers,
    prepare: async (w, c) => ({
      params: { id: (await networkFor(w, c, 'moderation')).id },
      payload: { titel: 'Sondertreffen Ganztag', beginn: '2026-11-17T15:00', dauerMinuten: 120, ort: 'Rathaus, Raum 2' },
    }),
  },
  'GET /api/netzwerke/:id/empfaenger': { scoped: true, ok: 200, access: networkMembers, prepare: async (w, c) => ({ params: { id: (await networkFor(w, c, 'gast')).id } }) },
};
