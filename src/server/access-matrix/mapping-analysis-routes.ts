import { buildSozialraum } from '../testing/directory-factories.js';
import { kommuneOf, schuleOf, signedIn, type RouteAccess } from './access-rules.js';

/**
 * Access of the mapping routes in this group; merged into the access matrix.
 * The analyses read the map: every signed-in person gets an answer, members of the Kommune built
 * from all of its entries, everyone else from the entries the Kommune shared.
 */
export const mappingAnalysisRouteAccess: Record<string, RouteAccess> = {
  'GET /api/mapping/kommunen/:id/netzwerk': {
    scoped: true,
    ok: 200,
    access: signedIn,
    prepare: (w, c) => ({ params: { id: kommuneOf(w, c).id } }),
  },
  'GET /api/mapping/standorte/:id/abdeckung': {
    scoped: true,
    ok: 200,
    access: signedIn,
    prepare: (w, c) => ({ params: { id: schuleOf(w, c).id } }),
  },
  'GET /api/mapping/sozialraeume/:id/abdeckung': {
    scoped: true,
    ok: 200,
    access: signedIn,
    prepare: async (w, c) => ({ params: { id: (await buildSozialraum(w.db, kommuneOf(w, c).id)).id } }),
  },
  'GET /api/mapping/kommunen/:id/ressourcen': {
    scoped: true,
    ok: 200,
    access: signedIn,
    prepare: (w, c) => ({ params: { id: kommuneOf(w, c).id } }),
  },
};
