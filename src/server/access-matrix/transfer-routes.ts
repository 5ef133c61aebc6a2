import { buildKontextfrage, buildLuecke, buildPraxis, buildTransfer } from '../modules/transfer/tests/factories.js';
import { fragenByCodes } from '../modules/transfer/transfer.repository.js';
import type { ScopeRow } from '../modules/identity/identity.repository.js';
import { buildKommune } from '../testing/directory-factories.js';
import { buildScope } from '../testing/factories.js';
import { buildNetzwerk } from '../testing/network-factories.js';
import { coordinatorsInOwnScope, kommuneOf, membersInOwnScope, needsLogin, nowhere, signedIn, everywhere, type Access, type CallContext, type RouteAccess } from './access-rules.js';
import { uniqueSuffix, type Caller, type World } from './world.js';

/**
 * Who works in the learning network (Lernnetzwerk und Wissenstransfer):
 * - a gap grid (and the proposals per gap) is read by everyone of its Kommune or above (Kommune A
 *   on the own side); Kommune B is in another Land and shares no network with Kommune A, so its grid
 *   stays hidden (404) – only the administration reads every grid;
 * - the Matches of a learning network: everyone whose Kommune is in it (a network of Kommune A on the
 *   own side, of Kommune B on the foreign side);
 * - the practice library and the context catalogue are read by everyone signed in;
 * - gaps, practices and transfers are kept by the coordination of the Kommune or above
 *   (transfer.manage); a transfer is seen only by the coordination of its two Kommunen: on the own
 *   side Kommune A and a third Kommune C (in a Land C), on the foreign side Kommune B and Kommune C;
 * - the catalogue is kept by the state coordination and the administration, wherever they sit.
 */

/** Keeping the catalogue of context questions: not bound to a scope. */
const catalogueKeepers: Record<Caller, Access> = {
  administration: everywhere,
  landeskoordination: everywhere,
  kommunalkoordination: nowhere,
  schulleitung: nowhere,
  fachkraft: nowhere,
  mitglied: nowhere,
  lesend: nowhere,
  anonymous: needsLogin,
};

/** Kommune C (Land C), the other side of every transfer; once per world. */
const kommunenC = new WeakMap<World, Promise<ScopeRow>>();
function kommuneC(w: World): Promise<ScopeRow> {
  let c = kommunenC.get(w);
  if (!c) {
    c = (async () => {
      const land = await buildScope(w.db, { type: 'land', name: 'Land C' });
      const scope = await buildScope(w.db, { type: 'kommune', name: 'Kommune C', parentId: land.id });
      await buildKommune(w.db, { scope });
      return scope;
    })();
    kommunenC.set(w, c);
  }
  return c;
}

const lueckePayload = { handlungsfeld: 'sprachfoerderung', altersphase: '3-5', beschreibung: 'Die Sprachförderung erreicht die Familien nicht.', prioritaet: 'hoch' };
const praxisPayload = () => ({
  titel: `Sprachförderung mit Familienbesuchen ${uniqueSuffix()}`,
  beschreibung: 'Sprachfachkräfte besuchen Familien zu Hause und begleiten die Kinder im Kita-Alltag.',
  handlungsfelder: ['sprachfoerderung'],
  altersphasen: ['3-5'],
  zielgruppen: ['Eltern'],
  ressourcen: { personal: 'eine Stelle', geld: null, raeume: null },
  seit: 2019,
  kontakt: { name: null, funktion: 'Koordination', email: null },
  links: ['https://example.org/praxis'],
  kontext: [{ frage: 'inst-01', antwort: 'Beim Jugendamt.' }],
});

const lueckeAt = (w: World, c: CallContext) => buildLuecke(w.db, kommuneOf(w, c).id);

/** A transfer of the side's Kommune with Kommune C; `as` is the side's Kommune's part in it. */
async function transferAt(w: World, c: CallContext, as: 'anfragend' | 'abgebend', phase: 'vorbereitung' | 'austausch' = 'vorbereitung', fragen: string[] = []) {
  const side = kommuneOf(w, c).id;
  const other = (await kommuneC(w)).id;
  const [anfragend, abgebend] = as === 'anfragend' ? [side, other] : [other, side];
  const praxis = await buildPraxis(w.db, abgebend);
  return buildTransfer(w.db, { praxisId: praxis.id, anfragendeKommuneId: anfragend, abgebendeKommuneId: abgebend, phase, fragen });
}
const inst01 = async (w: World) => (await fragenByCodes(w.db, ['inst-01']))[0]!.id;

/** Access of the transfer routes (learning network and knowledge transfer); merged into the access matrix. */
export const transferRouteAccess: Record<string, RouteAccess> = {
  'GET /api/transfer/kontextfragen': { scoped: false, ok: 200, access: signedIn, prepare: () => ({}) },
  // Filtered to the networks of the caller's own Kommunen.
  'GET /api/transfer/lernnetzwerke': { scoped: false, ok: 200, access: signedIn, prepare: () => ({}) },
  'POST /api/transfer/kontextfragen': {
    scoped: false,
    ok: 201,
    access: catalogueKeepers,
    prepare: () => ({ payload: { dimension: 'projektbezogen', frage: `Welche Unterlagen geben Sie weiter (${uniqueSuffix()})?`, hinweis: null } }),
  },
  'PUT /api/transfer/kontextfragen/:id': {
    scoped: false,
    ok: 200,
    access: catalogueKeepers,
    prepare: async (w) => {
      const f = await buildKontextfrage(w.db);
      return { params: { id: f.id }, payload: { dimension: 'diskurs', frage: 'Wer hat das Angebot öffentlich vertreten?', hinweis: null, aktiv: true, version: f.version } };
    },
  },

  'GET /api/transfer/kommunen/:id/luecken': { scoped: true, ok: 200, access: membersInOwnScope, prepare: (w, c) => ({ params: { id: kommuneOf(w, c).id } }) },
  'POST /api/transfer/kommunen/:id/luecken': { scoped: true, ok: 201, access: coordinatorsInOwnScope, prepare: (w, c) => ({ params: { id: kommuneOf(w, c).id }, payload: lueckePayload }) },
  'PUT /api/transfer/luecken/:id': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const l = await lueckeAt(w, c);
      return { params: { id: l.id }, payload: { ...lueckePayload, prioritaet: 'mittel', status: 'in-bearbeitung', version: l.version } };
    },
  },
  'DELETE /api/transfer/luecken/:id': {
    scoped: true,
    ok: 204,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const l = await lueckeAt(w, c);
      return { params: { id: l.id }, payload: { version: l.version } };
    },
  },
  'GET /api/transfer/luecken/:id/vorschlaege': { scoped: true, ok: 200, access: membersInOwnScope, prepare: async (w, c) => ({ params: { id: (await lueckeAt(w, c)).id } }) },
  'GET /api/transfer/netzwerke/:id/matches': {
    scoped: true,
    ok: 200,
    access: membersInOwnScope,
    prepare: async (w, c) => {
      const kommune = kommuneOf(w, c);
      await buildLuecke(w.db, kommune.id);
      const netz = await buildNetzwerk(w.db, { traegerScopeId: kommune.id, kommuneIds: [kommune.id], ebene: 'interkommunal', name: `Lernnetzwerk ${uniqueSuffix()}` });
      return { params: { id: netz.id } };
    },
  },

  // The library is open to everyone signed in, whichever Kommune a practice belongs to.
  'GET /api/transfer/praxisbeispiele': { scoped: false, ok: 200, access: signedIn, prepare: () => ({ query: { q: 'Sprachförderung', handlungsfeld: 'sprachfoerderung', pageSize: '5' } }) },
  'GET /api/transfer/praxisbeispiele/:id': { scoped: true, ok: 200, access: signedIn, prepare: async (w, c) => ({ params: { id: (await buildPraxis(w.db, kommuneOf(w, c).id)).id } }) },
  'POST /api/transfer/kommunen/:id/praxisbeispiele': { scoped: true, ok: 201, access: coordinatorsInOwnScope, prepare: (w, c) => ({ params: { id: kommuneOf(w, c).id }, payload: praxisPayload() }) },
  'PUT /api/transfer/praxisbeispiele/:id': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const p = await buildPraxis(w.db, kommuneOf(w, c).id);
      return { params: { id: p.id }, payload: { ...praxisPayload(), version: p.version } };
    },
  },

  // Filtered to the transfers of the Kommunen the caller coordinates (empty for everyone else).
  'GET /api/transfer/transfers': { scoped: false, ok: 200, access: signedIn, prepare: () => ({}) },
  // The side's Kommune asks Kommune C about one of its practices.
  'POST /api/transfer/transfers': {
    scoped: true,
    ok: 201,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const praxis = await buildPraxis(w.db, (await kommuneC(w)).id);
      return { payload: { kommuneId: kommuneOf(w, c).id, praxisId: praxis.id, anliegen: 'Wir möchten das Angebot bei uns einführen.', fragen: [await inst01(w)] } };
    },
  },
  'GET /api/transfer/transfers/:id': { scoped: true, ok: 200, access: coordinatorsInOwnScope, prepare: async (w, c) => ({ params: { id: (await transferAt(w, c, 'anfragend')).id } }) },
  // Only the providing Kommune answers: the side's Kommune provides.
  'POST /api/transfer/transfers/:id/antworten': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const frageId = await inst01(w);
      const tr = await transferAt(w, c, 'abgebend', 'vorbereitung', [frageId]);
      return { params: { id: tr.id }, payload: { antworten: [{ frageId, antwort: 'Beim Jugendamt.' }], version: tr.version } };
    },
  },
  'POST /api/transfer/transfers/:id/austausch': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const tr = await transferAt(w, c, 'anfragend');
      return { params: { id: tr.id }, payload: { termin: new Date(Date.now() + 14 * 86_400_000).toISOString(), ort: 'Videokonferenz', version: tr.version } };
    },
  },
  // Only the requesting Kommune records the follow-up, after the exchange is arranged.
  'POST /api/transfer/transfers/:id/nachbereitung': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const tr = await transferAt(w, c, 'anfragend', 'austausch');
      return { params: { id: tr.id }, payload: { angepassteUmsetzung: 'Wir setzen das Angebot an zwei Kitas im Stadtteil Nord um.', erfahrung: null, version: tr.version } };
    },
  },
  'POST /api/transfer/transfers/:id/abbrechen': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const tr = await transferAt(w, c, 'anfragend');
      return { params: { id: tr.id }, payload: { version: tr.version } };
    },
  },
};
