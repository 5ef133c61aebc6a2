import type { Db } from '../../../core/db.js';
import type { AppInstance } from '../../../core/http.js';
import { buildKommune, buildSchool } from '../../../testing/directory-factories.js';
import { buildScope } from '../../../testing/factories.js';
import { call, type Session } from '../../../testing/test-app.js';
import { signedIn } from '../../identity/tests/support.js';
import { einsen } from './factories.js';

export { expectProblem, fieldsOf } from '../../identity/tests/support.js';
export { bodyOf, CONFLICT_MESSAGE, UNKNOWN_ID } from '../../mapping/tests/support.js';

export const linear = { '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6', '7': '7', '8': '8', '9': '9' };
export { einsen };

/**
 * Land L › Musterstadt (five Grundschulen and a Gymnasium) and Nachbarstadt (two schools);
 * Land F › Fremdstadt (one school). Figures chosen so the results can be checked by hand.
 */
export async function buildAllocationWorld(app: AppInstance, db: Db) {
  const land = await buildScope(db, { type: 'land', name: 'Land L' });
  const musterstadt = await buildScope(db, { type: 'kommune', name: 'Musterstadt', parentId: land.id });
  await buildKommune(db, { scope: musterstadt });
  const school = async (kommuneScope: typeof musterstadt, name: string, schulform: string, sozialindex: number | null, schueler: number | null, startchancen = false) =>
    (await buildSchool(db, { kommuneScope, name, schulform, sozialindex, schueler, startchancen })).schule;
  const a = await school(musterstadt, 'Grundschule Am Anger', 'Grundschule', 1, 100);
  const b = await school(musterstadt, 'Grundschule Am Bach', 'Grundschule', 5, 200);
  const c = await school(musterstadt, 'Grundschule Christophorus', 'Grundschule', 9, 300);
  const d = await school(musterstadt, 'Grundschule Dorfmitte', 'Grundschule', null, 150);
  const e = await school(musterstadt, 'Gymnasium Eichenweg', 'Gymnasium', 3, 800);
  const f = await school(musterstadt, 'Grundschule Feldrain', 'Grundschule', 9, 300, true);
  const nachbarstadt = await buildScope(db, { type: 'kommune', name: 'Nachbarstadt', parentId: land.id });
  await buildKommune(db, { scope: nachbarstadt });
  const g = await school(nachbarstadt, 'Grundschule Gartenweg', 'Grundschule', 7, 250);
  const h = await school(nachbarstadt, 'Hauptschule Hafen', 'Hauptschule', 8, 400);
  const fremdLand = await buildScope(db, { type: 'land', name: 'Land F' });
  const fremdstadt = await buildScope(db, { type: 'kommune', name: 'Fremdstadt', parentId: fremdLand.id });
  await buildKommune(db, { scope: fremdstadt });
  const x = await school(fremdstadt, 'Grundschule Fremd', 'Grundschule', 6, 220);

  const people = {
    koordination: (await signedIn(app, db, 'kommunalkoordination', musterstadt)).session,
    land: (await signedIn(app, db, 'landeskoordination', land)).session,
    lesend: (await signedIn(app, db, 'lesend', musterstadt)).session,
    // Only the id of the scope is used: the school leadership of Grundschule Am Anger.
    schulleitung: (await signedIn(app, db, 'schulleitung', { ...musterstadt, id: a.id })).session,
    nachbar: (await signedIn(app, db, 'kommunalkoordination', nachbarstadt)).session,
    fremd: (await signedIn(app, db, 'kommunalkoordination', fremdstadt)).session,
    admin: (await signedIn(app, db, 'administration')).session,
  };
  return { land, musterstadt, nachbarstadt, fremdLand, fremdstadt, schulen: { a, b, c, d, e, f, g, h, x }, people };
}
export type AllocationWorld = Awaited<ReturnType<typeof buildAllocationWorld>>;

/** 6 whole positions over the Grundschulen of Musterstadt by pupils × level (factor = level), largest remainder. */
export const grundschulModell = (overrides: Record<string, unknown> = {}) => ({
  summe: 6,
  einheit: '1',
  verfahren: 'hare-niemeyer',
  auswahl: { schulformen: ['Grundschule'] },
  gewichtung: { art: 'schueler-stufe', faktoren: linear },
  ...overrides,
});

export const api = (app: AppInstance) => ({
  bereiche: (s: Session | null) => call(app, s, 'GET', '/api/verteilung/bereiche'),
  create: (s: Session | null, body: unknown) => call(app, s, 'POST', '/api/verteilung/szenarien', body),
  get: (s: Session | null, id: string) => call(app, s, 'GET', `/api/verteilung/szenarien/${id}`),
  update: (s: Session | null, id: string, body: unknown) => call(app, s, 'PUT', `/api/verteilung/szenarien/${id}`, body),
  list: (s: Session | null, query = '') => call(app, s, 'GET', `/api/verteilung/szenarien${query}`),
  versions: (s: Session | null, id: string) => call(app, s, 'GET', `/api/verteilung/szenarien/${id}/versionen`),
  version: (s: Session | null, id: string, n: number) => call(app, s, 'GET', `/api/verteilung/szenarien/${id}/versionen/${n}`),
  archive: (s: Session | null, id: string, version: number) => call(app, s, 'POST', `/api/verteilung/szenarien/${id}/archivieren`, { version }),
  restore: (s: Session | null, id: string, version: number) => call(app, s, 'POST', `/api/verteilung/szenarien/${id}/wiederherstellen`, { version }),
  preview: (s: Session | null, body: unknown) => call(app, s, 'POST', '/api/verteilung/vorschau', body),
  compare: (s: Session | null, ids: string) => call(app, s, 'GET', `/api/verteilung/vergleich?ids=${ids}`),
  explain: (s: Session | null, id: string, schuleId: string, query = '') => call(app, s, 'GET', `/api/verteilung/szenarien/${id}/schulen/${schuleId}${query}`),
  exportFile: (s: Session | null, id: string, format: 'csv' | 'xlsx', query = '') => call(app, s, 'GET', `/api/verteilung/szenarien/${id}/export.${format}${query}`),
  share: (s: Session | null, id: string, bezeichnung = 'Steuergruppe') => call(app, s, 'POST', `/api/verteilung/szenarien/${id}/freigaben`, { bezeichnung }),
  shares: (s: Session | null, id: string) => call(app, s, 'GET', `/api/verteilung/szenarien/${id}/freigaben`),
  revoke: (s: Session | null, id: string, freigabeId: string) => call(app, s, 'DELETE', `/api/verteilung/szenarien/${id}/freigaben/${freigabeId}`),
  shared: (token: string) => call(app, null, 'GET', `/api/verteilung/geteilt/${token}`),
  sharedSchool: (token: string, schuleId: string) => call(app, null, 'GET', `/api/verteilung/geteilt/${token}/schulen/${schuleId}`),
});
