import { eq } from 'drizzle-orm';
import type { NetzwerkRolle } from '../../domain/networks/vocabulary.js';
import { anmeldungen, ergebnisse, treffen, weitergaben } from '../modules/networks/networks.schema.js';
import { buildNetzwerk, buildTreffen } from '../testing/network-factories.js';
import { kommuneOf, networkMembers, signedIn, type CallContext, type RouteAccess } from './access-rules.js';
import type { World } from './world.js';

/** Own side: a network of Kommune A with the caller in `rolle`; foreign side: one of Kommune B without them. */
function networkFor(w: World, c: CallContext, rolle: NetzwerkRolle) {
  const own = c.side === 'own' && c.self;
  return buildNetzwerk(w.db, { traegerScopeId: kommuneOf(w, c).id, members: own ? { [c.self!.id]: rolle } : {} });
}

/** A meeting a week ahead in such a network. */
async function meetingFor(w: World, c: CallContext, rolle: NetzwerkRolle) {
  const netzwerk = await networkFor(w, c, rolle);
  return { netzwerk, treffen: await buildTreffen(w.db, netzwerk.id, { kapazitaet: 10 }) };
}

/** A result (or an agreement owned by the caller when they are in the network) of such a meeting. */
async function ergebnisFor(w: World, c: CallContext, rolle: NetzwerkRolle, art: 'ergebnis' | 'vereinbarung' = 'ergebnis') {
  const { netzwerk, treffen: row } = await meetingFor(w, c, rolle);
  const owner = art === 'vereinbarung' && c.side === 'own' && c.self ? c.self.id : null;
  const [e] = await w.db
    .insert(ergebnisse)
    .values({ netzwerkId: netzwerk.id, treffenId: row.id, art, text: 'Die Schulen melden ihre Bedarfe.', verantwortlichId: owner, status: art === 'vereinbarung' ? 'offen' : null })
    .returning();
  return { netzwerk, treffen: row, ergebnis: e! };
}

const moveBody = { titel: 'Netzwerktreffen verschoben', beginn: '2031-03-04T14:00', dauerMinuten: 90, ort: 'Rathaus', version: 1 };

/** Access of the meetings routes of the networks module; inside a network only the role in it counts (networkMembers). */
export const meetingsRouteAccess: Record<string, RouteAccess> = {
  // Guests read meetings and agendas; names, minutes and results are left out for them (see meetings.int.test.ts).
  'GET /api/treffen/:id': { scoped: true, ok: 200, access: networkMembers, prepare: async (w, c) => ({ params: { id: (await meetingFor(w, c, 'gast')).treffen.id } }) },
  'PUT /api/treffen/:id': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => ({ params: { id: (await meetingFor(w, c, 'moderation')).treffen.id }, payload: moveBody }),
  },
  'POST /api/treffen/:id/absagen': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => ({ params: { id: (await meetingFor(w, c, 'moderation')).treffen.id }, payload: { grund: 'Erkrankung', version: 1 } }),
  },
  'POST /api/treffen/:id/wiederherstellen': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => {
      const { treffen: row } = await meetingFor(w, c, 'moderation');
      await w.db.update(treffen).set({ status: 'abgesagt' }).where(eq(treffen.id, row.id));
      return { params: { id: row.id }, payload: { version: 1 } };
    },
  },
  'PUT /api/treffen/:id/tagesordnung': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => ({
      params: { id: (await meetingFor(w, c, 'moderation')).treffen.id },
      payload: { punkte: [{ art: 'impuls', titel: 'Sprachförderung', referent: 'Dr. Beispiel' }, { art: 'austausch', titel: 'Austausch' }], version: 1 },
    }),
  },
  // Own registration: guests too.
  'POST /api/treffen/:id/anmeldung': { scoped: true, ok: 200, access: networkMembers, prepare: async (w, c) => ({ params: { id: (await meetingFor(w, c, 'gast')).treffen.id } }) },
  'DELETE /api/treffen/:id/anmeldung': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => {
      const { treffen: row } = await meetingFor(w, c, 'gast');
      if (c.self) await w.db.insert(anmeldungen).values({ treffenId: row.id, userId: c.self.id, status: 'angemeldet' });
      return { params: { id: row.id } };
    },
  },
  'PUT /api/treffen/:id/anwesenheit': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => ({ params: { id: (await meetingFor(w, c, 'moderation')).treffen.id }, payload: { anwesend: c.side === 'own' && c.self ? [c.self.id] : [], version: 1 } }),
  },
  'PUT /api/treffen/:id/protokoll': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => ({ params: { id: (await meetingFor(w, c, 'moderation')).treffen.id }, payload: { protokoll: 'Begrüßung und Austausch.', version: 1 } }),
  },
  // Members read the minutes; guests get 403 (see minutes-pdf.int.test.ts).
  'GET /api/treffen/:id/protokoll.pdf': { scoped: true, ok: 200, access: networkMembers, prepare: async (w, c) => ({ params: { id: (await meetingFor(w, c, 'mitglied')).treffen.id } }) },
  'POST /api/treffen/:id/ergebnisse': {
    scoped: true,
    ok: 201,
    access: networkMembers,
    prepare: async (w, c) => ({ params: { id: (await meetingFor(w, c, 'moderation')).treffen.id }, payload: { art: 'ergebnis', text: 'Die Schulen melden ihre Bedarfe.' } }),
  },
  'PUT /api/ergebnisse/:id': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => ({ params: { id: (await ergebnisFor(w, c, 'moderation')).ergebnis.id }, payload: { art: 'ergebnis', text: 'Geänderter Text', version: 1 } }),
  },
  // The person responsible for the agreement, with no more than the member role.
  'PUT /api/ergebnisse/:id/status': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => ({ params: { id: (await ergebnisFor(w, c, 'mitglied', 'vereinbarung')).ergebnis.id }, payload: { status: 'erledigt', version: 1 } }),
  },
  'DELETE /api/ergebnisse/:id': {
    scoped: true,
    ok: 204,
    access: networkMembers,
    prepare: async (w, c) => ({ params: { id: (await ergebnisFor(w, c, 'moderation')).ergebnis.id }, payload: { version: 1 } }),
  },
  // Moderation of the origin; the receiving network is one the caller belongs to (as a guest is enough).
  'POST /api/ergebnisse/:id/weitergaben': {
    scoped: true,
    ok: 201,
    access: networkMembers,
    prepare: async (w, c) => {
      const { ergebnis } = await ergebnisFor(w, c, 'moderation');
      const an = await buildNetzwerk(w.db, { traegerScopeId: w.scopes.kommuneA.id, members: c.self ? { [c.self.id]: 'gast' } : {} });
      return { params: { id: ergebnis.id }, payload: { anNetzwerkId: an.id, notiz: 'Zur Kenntnis' } };
    },
  },
  'GET /api/netzwerke/:id/eingang': { scoped: true, ok: 200, access: networkMembers, prepare: async (w, c) => ({ params: { id: (await networkFor(w, c, 'mitglied')).id } }) },
  // Moderation of the receiving network acknowledges; the origin network is none of the caller's.
  'POST /api/weitergaben/:id/empfangen': {
    scoped: true,
    ok: 200,
    access: networkMembers,
    prepare: async (w, c) => {
      const an = await networkFor(w, c, 'moderation');
      const von = await buildNetzwerk(w.db, { traegerScopeId: w.scopes.kommuneB.id });
      const row = await buildTreffen(w.db, von.id);
      const [e] = await w.db.insert(ergebnisse).values({ netzwerkId: von.id, treffenId: row.id, art: 'ergebnis', text: 'Beschluss der Steuergruppe' }).returning();
      const [wg] = await w.db.insert(weitergaben).values({ ergebnisId: e!.id, vonNetzwerkId: von.id, anNetzwerkId: an.id }).returning();
      return { params: { id: wg!.id } };
    },
  },
  // Filtered to the caller's own networks and agreements.
  'GET /api/meine-arbeit': { scoped: false, ok: 200, access: signedIn, prepare: () => ({}) },
};
