import { buildFall, buildListe, buildMatchedRunde, buildRunde, leaverCsv, upload, type Kind } from '../modules/transitions/tests/factories.js';
import { everywhere, kommuneOf, needsLogin, nowhere, ownScopeOnly, schuleOf, signedIn, type Access, type CallContext, type RouteAccess } from './access-rules.js';
import type { Caller, World } from './world.js';

/**
 * Who works in a transition round (Übergänge): the coordination of the Kommune (Kommune A on the own
 * side), the leadership of a school in the round (Schule A is in the own round, Schule B in the
 * foreign one), and readers of the anonymous counts. Everyone else is refused (403 without the
 * right at all, 404 for a round they cannot see).
 */

/** Opening, matching, reviewing, assigning and closing: only the Kommune's coordination. */
const coordinationOnly: Record<Caller, Access> = {
  administration: nowhere,
  landeskoordination: nowhere,
  kommunalkoordination: ownScopeOnly,
  schulleitung: nowhere,
  fachkraft: nowhere,
  mitglied: nowhere,
  lesend: nowhere,
  anonymous: needsLogin,
};

/** A school's own list: only the leadership of that school. */
const schoolLeadershipOnly: Record<Caller, Access> = { ...coordinationOnly, kommunalkoordination: nowhere, schulleitung: ownScopeOnly };

/** Cases: the coordination, and the leadership of the school a case is assigned to. */
const coordinationOrSchool: Record<Caller, Access> = { ...coordinationOnly, schulleitung: ownScopeOnly };

/** Anonymous counts: the administration (everywhere), the Land and the Kommune's readers and coordination. */
const statisticsReaders: Record<Caller, Access> = { ...coordinationOnly, administration: everywhere, landeskoordination: ownScopeOnly, lesend: ownScopeOnly };

/** The round itself (name, schools, counts): the readers of the counts and the schools in it. */
const roundReaders: Record<Caller, Access> = { ...statisticsReaders, schulleitung: ownScopeOnly };

const kinder: Kind[] = [
  { kennung: 'M-1', nachname: 'Becker', vorname: 'Lukas', geburtsdatum: '2014-05-05', plz: '50667' },
  { kennung: 'M-2', nachname: 'Wagner', vorname: 'Lea', geburtsdatum: '2014-06-06', plz: '50667' },
];
const uploader = (w: World) => w.users.schulleitung.id;

/** A round of Kommune A with Schule A on both sides (own), or of Kommune B with Schule B (foreign). */
const rundeAt = (w: World, c: CallContext) => buildRunde(w.db, { kommuneId: kommuneOf(w, c).id, abgebend: [schuleOf(w, c).id], aufnehmend: [schuleOf(w, c).id] });

/** Such a round with both lists of its school stored. */
async function rundeWithLists(w: World, c: CallContext) {
  const runde = await rundeAt(w, c);
  const schule = schuleOf(w, c).id;
  await buildListe(w.db, runde.id, schule, 'abgang', kinder, uploader(w), schule);
  await buildListe(w.db, runde.id, schule, 'anmeldung', kinder.map((k) => ({ ...k, kennung: `N-${k.kennung}` })), uploader(w));
  return runde;
}

/** Such a round with a case about a child of the school's leaver list, assigned to the school. */
async function fallAt(w: World, c: CallContext, status: 'offen' | 'erledigt' = 'offen') {
  const runde = await rundeAt(w, c);
  const schule = schuleOf(w, c).id;
  await buildListe(w.db, runde.id, schule, 'abgang', kinder, uploader(w), schule);
  const fall = await buildFall(w.db, runde.id, { eintraege: [`${schule}:abgang:M-1`], zugewiesenAn: schule, status });
  return { runde, fall };
}
const fallParams = async (w: World, c: CallContext, status: 'offen' | 'erledigt' = 'offen') => {
  const { runde, fall } = await fallAt(w, c, status);
  return { id: runde.id, fallId: fall.id };
};

/** Access of the transitions routes (Übergangsrunden); merged into the access matrix. */
export const transitionsRouteAccess: Record<string, RouteAccess> = {
  // Filtered to the Kommunen the caller coordinates (empty for everyone else).
  'GET /api/uebergaenge/bereiche': { scoped: false, ok: 200, access: signedIn, prepare: () => ({}) },
  // Filtered to the rounds the caller may see.
  'GET /api/uebergaenge/runden': { scoped: false, ok: 200, access: signedIn, prepare: () => ({}) },
  'POST /api/uebergaenge/runden': {
    scoped: true,
    ok: 201,
    access: coordinationOnly,
    prepare: (w, c) => ({
      payload: {
        kommuneId: kommuneOf(w, c).id,
        bezeichnung: 'Übergang 4 → 5',
        schuljahr: '2027/28',
        frist: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        aufbewahrungTage: 30,
        abgebendeSchulen: [schuleOf(w, c).id],
        aufnehmendeSchulen: [schuleOf(w, c).id],
      },
    }),
  },
  'GET /api/uebergaenge/runden/:id': { scoped: true, ok: 200, access: roundReaders, prepare: async (w, c) => ({ params: { id: (await rundeAt(w, c)).id } }) },
  'POST /api/uebergaenge/runden/:id/listen/:schuleId/:art': {
    scoped: true,
    ok: 200,
    access: schoolLeadershipOnly,
    prepare: async (w, c) => ({ params: { id: (await rundeAt(w, c)).id, schuleId: schuleOf(w, c).id, art: 'abgang' }, payload: upload('csv', leaverCsv(kinder)) }),
  },
  'GET /api/uebergaenge/runden/:id/listen/:schuleId/:art': {
    scoped: true,
    ok: 200,
    access: schoolLeadershipOnly,
    prepare: async (w, c) => ({ params: { id: (await rundeWithLists(w, c)).id, schuleId: schuleOf(w, c).id, art: 'anmeldung' } }),
  },
  'POST /api/uebergaenge/runden/:id/abgleich': { scoped: true, ok: 200, access: coordinationOnly, prepare: async (w, c) => ({ params: { id: (await rundeWithLists(w, c)).id } }) },
  'GET /api/uebergaenge/runden/:id/pruefungen': { scoped: true, ok: 200, access: coordinationOnly, prepare: async (w, c) => ({ params: { id: (await rundeWithLists(w, c)).id }, query: { status: 'alle' } }) },
  'POST /api/uebergaenge/runden/:id/pruefungen/:paarId': {
    scoped: true,
    ok: 200,
    access: coordinationOnly,
    prepare: async (w, c) => {
      const { runde, paarId } = await buildMatchedRunde(w.db, { kommuneId: kommuneOf(w, c).id, schuleId: schuleOf(w, c).id, hochgeladenVon: uploader(w) });
      return { params: { id: runde.id, paarId }, payload: { entscheidung: 'bestaetigt' } };
    },
  },
  'GET /api/uebergaenge/runden/:id/faelle': {
    scoped: true,
    ok: 200,
    access: coordinationOrSchool,
    prepare: async (w, c) => ({ params: { id: (await fallAt(w, c)).runde.id }, query: { status: 'alle' } }),
  },
  'GET /api/uebergaenge/runden/:id/faelle/:fallId': { scoped: true, ok: 200, access: coordinationOrSchool, prepare: async (w, c) => ({ params: await fallParams(w, c) }) },
  'POST /api/uebergaenge/runden/:id/faelle/:fallId/zuweisung': {
    scoped: true,
    ok: 200,
    access: coordinationOnly,
    prepare: async (w, c) => ({ params: await fallParams(w, c), payload: { schuleId: null, version: 1 } }),
  },
  'POST /api/uebergaenge/runden/:id/faelle/:fallId/kommentare': {
    scoped: true,
    ok: 201,
    access: coordinationOrSchool,
    prepare: async (w, c) => ({ params: await fallParams(w, c), payload: { text: 'Die Familie ist verzogen.' } }),
  },
  'POST /api/uebergaenge/runden/:id/faelle/:fallId/erledigen': {
    scoped: true,
    ok: 200,
    access: coordinationOrSchool,
    prepare: async (w, c) => ({ params: await fallParams(w, c), payload: { grund: 'verzogen', version: 1 } }),
  },
  'POST /api/uebergaenge/runden/:id/faelle/:fallId/wiedereroeffnen': {
    scoped: true,
    ok: 200,
    access: coordinationOrSchool,
    prepare: async (w, c) => ({ params: await fallParams(w, c, 'erledigt'), payload: { version: 1 } }),
  },
  'GET /api/uebergaenge/runden/:id/uebersicht': { scoped: true, ok: 200, access: statisticsReaders, prepare: async (w, c) => ({ params: { id: (await fallAt(w, c)).runde.id } }) },
  'POST /api/uebergaenge/runden/:id/abschliessen': {
    scoped: true,
    ok: 200,
    access: coordinationOnly,
    prepare: async (w, c) => {
      const runde = await rundeWithLists(w, c);
      return { params: { id: runde.id }, payload: { version: runde.version } };
    },
  },
};
