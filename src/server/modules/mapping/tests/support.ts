import type { LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Akteur, Angebot, Kooperation } from '../../../../domain/mapping/contracts.js';
import { auditLog } from '../../../core/audit.schema.js';
import type { Db } from '../../../core/db.js';
import type { AppInstance } from '../../../core/http.js';
import { buildKommune, buildSchool } from '../../../testing/directory-factories.js';
import { buildScope } from '../../../testing/factories.js';
import { call, type Session } from '../../../testing/test-app.js';
import { signedIn } from '../../identity/tests/support.js';

export { expectProblem, fieldsOf, signedIn } from '../../identity/tests/support.js';

/** Land A › Kommune A (two schools and a Netzwerk) and Land B › Kommune B (one school). */
export async function buildMappingTenants(db: Db) {
  const landA = await buildScope(db, { type: 'land', name: 'Land A' });
  const kommuneAScope = await buildScope(db, { type: 'kommune', name: 'Kommune A', parentId: landA.id });
  const { kommune: kommuneA } = await buildKommune(db, { scope: kommuneAScope });
  const { scope: schuleA1 } = await buildSchool(db, { kommuneScope: kommuneAScope, name: 'Grundschule Am Park' });
  const { scope: schuleA2 } = await buildSchool(db, { kommuneScope: kommuneAScope, name: 'Gesamtschule Nord' });
  const netzwerkA = await buildScope(db, { type: 'netzwerk', name: 'Netzwerk A', parentId: kommuneAScope.id });
  const landB = await buildScope(db, { type: 'land', name: 'Land B' });
  const kommuneBScope = await buildScope(db, { type: 'kommune', name: 'Kommune B', parentId: landB.id });
  const { kommune: kommuneB } = await buildKommune(db, { scope: kommuneBScope });
  const { scope: schuleB } = await buildSchool(db, { kommuneScope: kommuneBScope, name: 'Realschule Süd' });
  return { landA, kommuneAScope, kommuneA, schuleA1, schuleA2, netzwerkA, landB, kommuneBScope, kommuneB, schuleB };
}
export type MappingTenants = Awaited<ReturnType<typeof buildMappingTenants>>;

/** A Kommune of its own with two schools and a coordinator, for lists whose content must be exact. */
export async function buildIsolatedKommune(app: AppInstance, db: Db, name = 'Kommune Liste') {
  const scope = await buildScope(db, { type: 'kommune', name });
  const { kommune } = await buildKommune(db, { scope });
  const { scope: schule1 } = await buildSchool(db, { kommuneScope: scope, name: 'Grundschule Eins' });
  const { scope: schule2 } = await buildSchool(db, { kommuneScope: scope, name: 'Grundschule Zwei' });
  const { session } = await signedIn(app, db, 'kommunalkoordination', scope);
  return { scope, kommune, schule1, schule2, session };
}

/** Asserts the status and hands back the body. */
export function bodyOf<T>(res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const validAkteur = (overrides: Record<string, unknown> = {}) => ({ name: 'Jugendamt Musterstadt', typ: 'jugendamt', kreis: 'kernteam', ...overrides });

export const validAngebot = (overrides: Record<string, unknown> = {}) => ({
  titel: 'Leseclub am Nachmittag',
  handlungsfeld: 'lesefoerderung',
  ebene: 'individuell',
  altersphasen: ['6-9'],
  finanzierung: 'startchancen',
  ...overrides,
});

/** Turns a presented entry back into a request body (what the web form would send). */
export const akteurAsBody = (a: Akteur) => ({
  name: a.name,
  typ: a.typ,
  kreis: a.kreis,
  beschreibung: a.beschreibung,
  kontaktFunktion: a.kontaktFunktion,
  kontaktEmail: a.kontaktEmail,
  kontaktTelefon: a.kontaktTelefon,
  standortIds: a.standorte.map((s) => s.id),
  geteilt: a.geteilt,
  version: a.version,
});

export const angebotAsBody = (a: Angebot) => ({
  titel: a.titel,
  beschreibung: a.beschreibung,
  akteurId: a.akteurId,
  handlungsfeld: a.handlungsfeld,
  ebene: a.ebene,
  altersphasen: a.altersphasen,
  zielgruppe: a.zielgruppe,
  standortIds: a.standorte.map((s) => s.id),
  stundenProWoche: a.stundenProWoche,
  finanzierung: a.finanzierung,
  beginn: a.beginn,
  ende: a.ende,
  status: a.status,
  geteilt: a.geteilt,
  version: a.version,
});

export const kooperationAsBody = (k: Kooperation) => ({
  akteurAId: k.akteurAId,
  akteurBId: k.akteurBId,
  typ: k.typ,
  standortId: k.standortId,
  beschreibung: k.beschreibung,
  seit: k.seit,
  version: k.version,
});

/** The mapping API as the web client calls it. */
export function mappingApi(app: AppInstance) {
  return {
    akteurTypen: (as: Session, kommuneId: string) => call(app, as, 'GET', `/api/mapping/kommunen/${kommuneId}/akteur-typen`),
    createAkteurTyp: (as: Session, kommuneId: string, body: unknown) => call(app, as, 'POST', `/api/mapping/kommunen/${kommuneId}/akteur-typen`, body),

    listAkteure: (as: Session, kommuneId: string, query = '') => call(app, as, 'GET', `/api/mapping/kommunen/${kommuneId}/akteure${query}`),
    createAkteur: (as: Session, kommuneId: string, body: unknown) => call(app, as, 'POST', `/api/mapping/kommunen/${kommuneId}/akteure`, body),
    getAkteur: (as: Session, id: string) => call(app, as, 'GET', `/api/mapping/akteure/${id}`),
    updateAkteur: (as: Session, id: string, body: unknown) => call(app, as, 'PATCH', `/api/mapping/akteure/${id}`, body),
    archiveAkteur: (as: Session, id: string, version: number) => call(app, as, 'POST', `/api/mapping/akteure/${id}/archivieren`, { version }),
    restoreAkteur: (as: Session, id: string, version: number) => call(app, as, 'POST', `/api/mapping/akteure/${id}/wiederherstellen`, { version }),

    listAngebote: (as: Session, kommuneId: string, query = '') => call(app, as, 'GET', `/api/mapping/kommunen/${kommuneId}/angebote${query}`),
    createAngebot: (as: Session, kommuneId: string, body: unknown) => call(app, as, 'POST', `/api/mapping/kommunen/${kommuneId}/angebote`, body),
    getAngebot: (as: Session, id: string) => call(app, as, 'GET', `/api/mapping/angebote/${id}`),
    updateAngebot: (as: Session, id: string, body: unknown) => call(app, as, 'PATCH', `/api/mapping/angebote/${id}`, body),
    archiveAngebot: (as: Session, id: string, version: number) => call(app, as, 'POST', `/api/mapping/angebote/${id}/archivieren`, { version }),
    restoreAngebot: (as: Session, id: string, version: number) => call(app, as, 'POST', `/api/mapping/angebote/${id}/wiederherstellen`, { version }),

    listKooperationen: (as: Session, kommuneId: string, query = '') => call(app, as, 'GET', `/api/mapping/kommunen/${kommuneId}/kooperationen${query}`),
    createKooperation: (as: Session, kommuneId: string, body: unknown) => call(app, as, 'POST', `/api/mapping/kommunen/${kommuneId}/kooperationen`, body),
    getKooperation: (as: Session, id: string) => call(app, as, 'GET', `/api/mapping/kooperationen/${id}`),
    updateKooperation: (as: Session, id: string, body: unknown) => call(app, as, 'PATCH', `/api/mapping/kooperationen/${id}`, body),
    archiveKooperation: (as: Session, id: string, version: number) => call(app, as, 'POST', `/api/mapping/kooperationen/${id}/archivieren`, { version }),
    restoreKooperation: (as: Session, id: string, version: number) => call(app, as, 'POST', `/api/mapping/kooperationen/${id}/wiederherstellen`, { version }),

    siteMapping: (as: Session, schuleId: string) => call(app, as, 'GET', `/api/mapping/standorte/${schuleId}`),
  };
}
export type MappingApi = ReturnType<typeof mappingApi>;

/** Audit entries about one entity, oldest first. */
export const auditOf = (db: Db, entityId: string) => db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);

export const CONFLICT_MESSAGE = 'Die Daten wurden inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und wiederholen Sie Ihre Änderung.';
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
