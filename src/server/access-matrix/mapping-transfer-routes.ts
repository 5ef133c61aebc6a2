import { coordinatorsInOwnScope, kommuneOf, signedIn, type RouteAccess } from './access-rules.js';
import { uniqueSuffix } from './world.js';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** A real (not dry-run) import of one new entry, so an allowed call writes exactly one audit entry. */
const akteurFile = () => base64(`Name;Art;Kreis\nMatrix-Akteur ${uniqueSuffix()};Verein;Externe Partner:innen\n`);
const angebotFile = () => base64(`Titel;Handlungsfeld;Ebene;Altersphasen;Finanzierung\nMatrix-Angebot ${uniqueSuffix()};MINT-Bildung;Schule;Grundschule;Land\n`);

/** Access of the mapping routes in this group; merged into the access matrix. */
export const mappingTransferRouteAccess: Record<string, RouteAccess> = {
  // Importing rewrites the map of a Kommune: its coordinators (and those above) only.
  'POST /api/mapping/kommunen/:id/akteure/import': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: (w, c) => ({ params: { id: kommuneOf(w, c).id }, payload: { format: 'csv', content: akteurFile() } }),
  },
  'POST /api/mapping/kommunen/:id/angebote/import': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: (w, c) => ({ params: { id: kommuneOf(w, c).id }, payload: { format: 'csv', content: angebotFile() } }),
  },
  // Exporting is reading: members get everything, everyone else what the Kommune shared.
  'GET /api/mapping/kommunen/:id/akteure/export': {
    scoped: true,
    ok: 200,
    access: signedIn,
    prepare: (w, c) => ({ params: { id: kommuneOf(w, c).id }, query: { format: 'csv' } }),
  },
  'GET /api/mapping/kommunen/:id/angebote/export': {
    scoped: true,
    ok: 200,
    access: signedIn,
    prepare: (w, c) => ({ params: { id: kommuneOf(w, c).id }, query: { format: 'xlsx' } }),
  },
};
