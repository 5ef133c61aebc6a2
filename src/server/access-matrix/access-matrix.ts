import {
  coordinatorsInOwnScope,
  coordinatorsOnly,
  kommuneOf,
  publicRoute,
  schuleOf,
  signedIn,
  type PreparedRequest,
  type RouteAccess,
} from './access-rules.js';
import { mappingRouteAccess } from './mapping-routes.js';
import { mappingTransferRouteAccess } from './mapping-transfer-routes.js';
import { mappingAnalysisRouteAccess } from './mapping-analysis-routes.js';
import { networksRouteAccess } from './networks-routes.js';
import { meetingsRouteAccess } from './meetings-routes.js';
import { calendarRouteAccess } from './calendar-routes.js';
import { allocationRouteAccess } from './allocation-routes.js';
import { transitionsRouteAccess } from './transitions-routes.js';
import { transferRouteAccess } from './transfer-routes.js';
export type { Access, CallContext, Outcome, PreparedRequest, RouteAccess } from './access-rules.js';
import { findUser } from '../modules/identity/identity.repository.js';
import { buildUser, TEST_PASSWORD } from '../testing/factories.js';
import { buildSchool, buildSozialraum } from '../testing/directory-factories.js';
import {
  createOneTimeToken,
  createTarget,
  targetScope,
  uniqueSuffix,
} from './world.js';

const email = () => `matrix-${uniqueSuffix()}@example.org`;

/** Every API route (as listed in app.apiRoutes) with who may call it. A new route needs an entry here. */
export const accessMatrix: Record<string, RouteAccess> = {
  ...mappingRouteAccess,
  ...mappingTransferRouteAccess,
  ...mappingAnalysisRouteAccess,
  ...networksRouteAccess,
  ...meetingsRouteAccess,
  ...calendarRouteAccess,
  ...allocationRouteAccess,
  ...transitionsRouteAccess,
  ...transferRouteAccess,
  'GET /api/openapi.json': { scoped: false, ok: 200, access: publicRoute, prepare: () => ({}) },

  'GET /api/setup/status': { scoped: false, ok: 200, access: publicRoute, prepare: () => ({}) },

  // The world is set up already, so everyone gets 409 setup_done (the first run is covered in setup.int.test.ts).
  'POST /api/setup': {
    scoped: false,
    ok: 409,
    access: publicRoute,
    prepare: () => ({ payload: { name: 'Zweite Administration', email: email(), password: 'Ein-langes-Passwort-1' } }),
  },

  // A login replaces the caller's current session.
  'POST /api/auth/login': {
    scoped: false,
    ok: 200,
    access: publicRoute,
    consumesSession: true,
    prepare: async (w) => {
      const user = await buildUser(w.db, { role: 'lesend', scopeId: w.scopes.kommuneA.id });
      return { payload: { email: user.email, password: TEST_PASSWORD } };
    },
  },

  'POST /api/auth/logout': { scoped: false, ok: 204, access: signedIn, consumesSession: true, prepare: () => ({}) },

  'GET /api/auth/session': { scoped: false, ok: 200, access: signedIn, prepare: () => ({}) },

  'PATCH /api/me': {
    scoped: false,
    ok: 200,
    access: signedIn,
    consumesSession: true,
    prepare: async (w, c) => {
      const version = c.self ? (await findUser(w.db, c.self.id))!.version : 1;
      return { payload: { name: 'Geänderter Name', locale: 'en', version } };
    },
  },

  'POST /api/me/password': {
    scoped: false,
    ok: 204,
    access: signedIn,
    consumesSession: true,
    prepare: () => ({ payload: { currentPassword: TEST_PASSWORD, newPassword: 'Ein-neues-Passwort-2' } }),
  },

  'GET /api/users': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: (w, c) => ({ query: { scopeId: targetScope(w, c.caller, c.side).id } }),
  },

  'GET /api/users/:id': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => ({ params: { id: (await createTarget(w, targetScope(w, c.caller, c.side))).userId } }),
  },

  'POST /api/users/invitations': {
    scoped: true,
    ok: 201,
    access: coordinatorsInOwnScope,
    deniedField: 'scopeId',
    prepare: (w, c) => ({ payload: { email: email(), name: 'Eingeladene Person', scopeId: targetScope(w, c.caller, c.side).id, role: 'lesend' } }),
  },

  'POST /api/users/:id/memberships': {
    scoped: true,
    ok: 201,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const target = await createTarget(w, targetScope(w, c.caller, c.side));
      return { params: { id: target.userId }, payload: { scopeId: target.scope.id, role: 'mitglied' } };
    },
  },

  'DELETE /api/memberships/:id': {
    scoped: true,
    ok: 204,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => ({ params: { id: (await createTarget(w, targetScope(w, c.caller, c.side))).membershipId } }),
  },

  'POST /api/users/:id/deactivate': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => ({ params: { id: (await createTarget(w, targetScope(w, c.caller, c.side))).userId } }),
  },

  'POST /api/users/:id/reactivate': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => ({ params: { id: (await createTarget(w, targetScope(w, c.caller, c.side), 'lesend', false)).userId } }),
  },

  'POST /api/users/:id/password-reset': {
    scoped: true,
    ok: 201,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => ({ params: { id: (await createTarget(w, targetScope(w, c.caller, c.side))).userId } }),
  },

  // Holding the link is the permission; it works the same signed in or not.
  'GET /api/invitations/:token': {
    scoped: false,
    ok: 200,
    access: publicRoute,
    prepare: async (w) => ({ params: { token: (await createOneTimeToken(w, 'invitation')).token } }),
  },

  'POST /api/invitations/:token/accept': {
    scoped: false,
    ok: 200,
    access: publicRoute,
    prepare: async (w) => ({
      params: { token: (await createOneTimeToken(w, 'invitation')).token },
      payload: { name: 'Angenommene Einladung', password: 'Ein-langes-Passwort-3' },
    }),
  },

  'GET /api/password-reset/:token': {
    scoped: false,
    ok: 200,
    access: publicRoute,
    prepare: async (w) => ({ params: { token: (await createOneTimeToken(w, 'password_reset')).token } }),
  },

  'POST /api/password-reset/:token': {
    scoped: false,
    ok: 204,
    access: publicRoute,
    prepare: async (w) => ({
      params: { token: (await createOneTimeToken(w, 'password_reset')).token },
      payload: { password: 'Ein-langes-Passwort-4' },
    }),
  },

  'GET /api/scopes': { scoped: false, ok: 200, access: signedIn, prepare: () => ({ query: { purpose: 'read' } }) },

  'POST /api/scopes': {
    scoped: true,
    ok: 201,
    access: coordinatorsInOwnScope,
    deniedField: 'parentId',
    prepare: (w, c) => ({
      payload: {
        type: 'netzwerk',
        name: `Netzwerk ${uniqueSuffix()}`,
        code: `nw-${uniqueSuffix()}`,
        parentId: kommuneOf(w, c).id,
      },
    }),
  },

  'GET /api/roles': { scoped: false, ok: 200, access: signedIn, prepare: () => ({}) },

  'GET /api/audit': { scoped: false, ok: 200, access: coordinatorsOnly, prepare: () => ({ query: { pageSize: '5' } }) },

  // ---- directory: the school list is public data for every member; Sozialräume are kept by coordinators.
  'GET /api/directory/kommunen': { scoped: false, ok: 200, access: signedIn, prepare: () => ({ query: { q: 'Kommune' } }) },
  'GET /api/directory/kommunen/:id': {
    scoped: true,
    ok: 200,
    access: signedIn,
    prepare: (w, c) => ({ params: { id: kommuneOf(w, c).id } }),
  },
  'GET /api/directory/schulformen': { scoped: false, ok: 200, access: signedIn, prepare: () => ({}) },
  'GET /api/directory/schulen': { scoped: false, ok: 200, access: signedIn, prepare: () => ({ query: { sozialindexMin: '3', sort: 'sozialindex', direction: 'desc' } }) },
  'GET /api/directory/schulen/:id': {
    scoped: true,
    ok: 200,
    access: signedIn,
    prepare: (w, c) => ({ params: { id: schuleOf(w, c).id } }),
  },
  'PUT /api/directory/schulen/:id/sozialraum': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const kommune = kommuneOf(w, c);
      const { schule } = await buildSchool(w.db, { kommuneScope: kommune });
      const raum = await buildSozialraum(w.db, kommune.id);
      return { params: { id: schule.id }, payload: { sozialraumId: raum.id, version: schule.version } };
    },
  },
  'POST /api/directory/kommunen/:id/sozialraeume': {
    scoped: true,
    ok: 201,
    access: coordinatorsInOwnScope,
    prepare: (w, c) => ({ params: { id: kommuneOf(w, c).id }, payload: { name: `Sozialraum ${uniqueSuffix()}` } }),
  },
  'PATCH /api/directory/sozialraeume/:id': {
    scoped: true,
    ok: 200,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => {
      const raum = await buildSozialraum(w.db, kommuneOf(w, c).id);
      return { params: { id: raum.id }, payload: { name: `Umbenannt ${uniqueSuffix()}`, version: raum.version } };
    },
  },
  'DELETE /api/directory/sozialraeume/:id': {
    scoped: true,
    ok: 204,
    access: coordinatorsInOwnScope,
    prepare: async (w, c) => ({ params: { id: (await buildSozialraum(w.db, kommuneOf(w, c).id)).id } }),
  },
};

/** "GET /api/users/:id" + { id } → "/api/users/…"; fails when a placeholder is left without a value or a value has no placeholder. */
export function fillUrl(pattern: string, prepared: PreparedRequest): string {
  const params = { ...prepared.params };
  const path = pattern.replace(/:(\w+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${pattern}: no value for :${name}`);
    delete params[name];
    return encodeURIComponent(value);
  });
  if (Object.keys(params).length) throw new Error(`${pattern}: unused parameters ${Object.keys(params).join(', ')}`);
  const query = prepared.query ? `?${new URLSearchParams(prepared.query).toString()}` : '';
  return path + query;
}
