import { eq } from 'drizzle-orm';
import type { Role } from '../../../../domain/identity/roles.js';
import { auditLog } from '../../../core/audit.schema.js';
import type { Db } from '../../../core/db.js';
import type { AppInstance } from '../../../core/http.js';
import { buildKommune, buildSchool } from '../../../testing/directory-factories.js';
import { buildScope, buildUser, TEST_PASSWORD } from '../../../testing/factories.js';
import { call, login, type Session } from '../../../testing/test-app.js';
import type { ScopeRow } from '../../identity/identity.repository.js';

export { bodyOf, CONFLICT_MESSAGE, UNKNOWN_ID } from '../../mapping/tests/support.js';
export { expectProblem, fieldsOf } from '../../identity/tests/support.js';

/**
 * Two Länder whose scope codes are Länderschlüssel (NRW "05" with Bochum and Dortmund, Sachsen-Anhalt
 * "15" with Magdeburg) and one whose code is not (any state code is accepted there).
 */
export async function buildNetworkTenants(db: Db) {
  const nrw = await buildScope(db, { type: 'land', name: 'Nordrhein-Westfalen', code: '05' });
  const bochum = await buildScope(db, { type: 'kommune', name: 'Bochum', code: '05911000', parentId: nrw.id });
  await buildKommune(db, { scope: bochum, ags: '05911000' });
  const dortmund = await buildScope(db, { type: 'kommune', name: 'Dortmund', code: '05913000', parentId: nrw.id });
  await buildKommune(db, { scope: dortmund, ags: '05913000' });
  const { scope: schuleBochum } = await buildSchool(db, { kommuneScope: bochum, name: 'Grundschule Bochum-Mitte' });
  const sachsenAnhalt = await buildScope(db, { type: 'land', name: 'Sachsen-Anhalt', code: '15' });
  const magdeburg = await buildScope(db, { type: 'kommune', name: 'Magdeburg', code: '15003000', parentId: sachsenAnhalt.id });
  await buildKommune(db, { scope: magdeburg, ags: '15003000' });
  const landX = await buildScope(db, { type: 'land', name: 'Land ohne Schlüssel', code: 'land-x' });
  const kommuneX = await buildScope(db, { type: 'kommune', name: 'Musterstadt', code: 'musterstadt', parentId: landX.id });
  await buildKommune(db, { scope: kommuneX, ags: '09162000' });
  const landY = await buildScope(db, { type: 'land', name: 'Land ohne Schlüssel 2', code: 'land-y' });
  const kommuneY = await buildScope(db, { type: 'kommune', name: 'Beispielstadt', code: 'beispielstadt', parentId: landY.id });
  await buildKommune(db, { scope: kommuneY, ags: '09184000' });
  return { nrw, bochum, dortmund, schuleBochum, sachsenAnhalt, magdeburg, landX, kommuneX, landY, kommuneY };
}
export type NetworkTenants = Awaited<ReturnType<typeof buildNetworkTenants>>;

export interface Person {
  id: string;
  email: string;
  session: Session;
}

/** A signed-in person with a role on the platform (their role inside networks comes from membership). */
export async function person(app: AppInstance, db: Db, role: Role, scope: ScopeRow, name?: string): Promise<Person> {
  const user = await buildUser(db, { role, scopeId: scope.id, ...(name ? { name } : {}) });
  return { id: user.id, email: user.email, session: await login(app, user.email, TEST_PASSWORD) };
}

export const validNetzwerk = (kommuneIds: string[], overrides: Record<string, unknown> = {}) => ({
  name: 'Intrakommunales Netzwerk Ganztag',
  beschreibung: 'Leitungstandems und Verwaltung',
  ebene: 'kommune',
  schwerpunkt: 'praxis',
  land: 'NW',
  kommuneIds,
  ...overrides,
});

/** The networks API as the web client calls it. */
export function networksApi(app: AppInstance) {
  const n = (id: string) => `/api/netzwerke/${id}`;
  return {
    list: (as: Session, query = '') => call(app, as, 'GET', `/api/netzwerke${query}`),
    create: (as: Session, body: unknown) => call(app, as, 'POST', '/api/netzwerke', body),
    get: (as: Session, id: string) => call(app, as, 'GET', n(id)),
    update: (as: Session, id: string, body: unknown) => call(app, as, 'PUT', n(id), body),
    archive: (as: Session, id: string, version: number) => call(app, as, 'POST', `${n(id)}/archivieren`, { version }),
    restore: (as: Session, id: string, version: number) => call(app, as, 'POST', `${n(id)}/wiederherstellen`, { version }),
    vorlagen: (as: Session) => call(app, as, 'GET', '/api/netzwerke/vorlagen'),
    kommunen: (as: Session, query = '') => call(app, as, 'GET', `/api/netzwerke/kommunen${query}`),
    mitglieder: (as: Session, id: string) => call(app, as, 'GET', `${n(id)}/mitglieder`),
    addMitglied: (as: Session, id: string, body: unknown) => call(app, as, 'POST', `${n(id)}/mitglieder`, body),
    changeRolle: (as: Session, id: string, userId: string, body: unknown) => call(app, as, 'PUT', `${n(id)}/mitglieder/${userId}`, body),
    removeMitglied: (as: Session, id: string, userId: string) => call(app, as, 'DELETE', `${n(id)}/mitglieder/${userId}`),
    reihen: (as: Session, id: string) => call(app, as, 'GET', `${n(id)}/reihen`),
    pruefen: (as: Session, id: string, body: unknown) => call(app, as, 'POST', `${n(id)}/reihen/pruefen`, body),
    createReihe: (as: Session, id: string, body: unknown) => call(app, as, 'POST', `${n(id)}/reihen`, body),
    treffen: (as: Session, id: string, query = '') => call(app, as, 'GET', `${n(id)}/treffen${query}`),
    createTreffen: (as: Session, id: string, body: unknown) => call(app, as, 'POST', `${n(id)}/treffen`, body),
    empfaenger: (as: Session, id: string) => call(app, as, 'GET', `${n(id)}/empfaenger`),
  };
}
export type NetworksApi = ReturnType<typeof networksApi>;

/** Audit entries about one entity, oldest first. */
export const auditOf = (db: Db, entityId: string) => db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
