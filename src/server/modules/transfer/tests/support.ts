import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Problem } from '../../../../domain/shared/problem.js';
import type { KontextFrageDto, Luecke, PraxisDetail, TransferDetail, Vorschlag } from '../../../../domain/transfer/contracts.js';
import { auditLog } from '../../../core/audit.schema.js';
import type { Db } from '../../../core/db.js';
import type { AppInstance } from '../../../core/http.js';
import { buildKommune, buildSchool } from '../../../testing/directory-factories.js';
import { buildScope } from '../../../testing/factories.js';
import { buildNetzwerk } from '../../../testing/network-factories.js';
import { call, type Session } from '../../../testing/test-app.js';
import type { ScopeRow } from '../../identity/identity.repository.js';
import { signedIn } from '../../identity/tests/support.js';
import { netzwerke } from '../../networks/networks.schema.js';

export { expectProblem, fieldsOf } from '../../identity/tests/support.js';
export { bodyOf, CONFLICT_MESSAGE, UNKNOWN_ID } from '../../mapping/tests/support.js';

/**
 * Land L › Musterstadt (two schools, a Netzwerk scope), Nachbarstadt and Drittstadt; Land F ›
 * Fernstadt and Fremdstadt. The learning network ("Lernnetzwerk Musterland", an inter-municipal
 * network of the networks module) joins Musterstadt, Nachbarstadt and Fernstadt; Drittstadt and
 * Fremdstadt are outside. One signed-in person per role that matters.
 */
export async function buildTransferWorld(app: AppInstance, db: Db) {
  const land = await buildScope(db, { type: 'land', name: 'Land L' });
  const landF = await buildScope(db, { type: 'land', name: 'Land F' });
  const kommune = async (name: string, parent: ScopeRow, sozialindex: number[]) => {
    const scope = await buildScope(db, { type: 'kommune', name, parentId: parent.id });
    await buildKommune(db, { scope });
    const schulen: ScopeRow[] = [];
    for (const [i, s] of sozialindex.entries()) schulen.push((await buildSchool(db, { kommuneScope: scope, name: `Grundschule ${name} ${i + 1}`, sozialindex: s, schueler: 240 })).scope);
    return { scope, schulen };
  };
  const muster = await kommune('Musterstadt', land, [6, 7]);
  const nachbar = await kommune('Nachbarstadt', land, [6, 7]);
  const dritt = await kommune('Drittstadt', land, [5]);
  const fern = await kommune('Fernstadt', landF, [2]);
  const fremd = await kommune('Fremdstadt', landF, [1]);
  const netzwerkScope = await buildScope(db, { type: 'netzwerk', name: 'Netzwerk Musterstadt', parentId: muster.scope.id });
  const lernnetzwerk = await buildNetzwerk(db, {
    traegerScopeId: land.id,
    kommuneIds: [muster.scope.id, nachbar.scope.id, fern.scope.id],
    name: 'Lernnetzwerk Musterland',
    ebene: 'interkommunal',
  });

  const person = async (role: Parameters<typeof signedIn>[2], scope: ScopeRow | undefined, name: string) => signedIn(app, db, role, scope, { name });
  const people = {
    koordination: await person('kommunalkoordination', muster.scope, 'Kim Koordination'),
    nachbar: await person('kommunalkoordination', nachbar.scope, 'Nora Nachbar'),
    fern: await person('kommunalkoordination', fern.scope, 'Fabian Fern'),
    dritt: await person('kommunalkoordination', dritt.scope, 'Dora Dritt'),
    fremd: await person('kommunalkoordination', fremd.scope, 'Frida Fremd'),
    land: await person('landeskoordination', land, 'Lou Land'),
    admin: await person('administration', undefined, 'Ada Administration'),
    lesend: await person('lesend', muster.scope, 'Sascha Steuergruppe'),
    schulleitung: await person('schulleitung', muster.schulen[0], 'Anke Anger'),
    fachkraft: await person('fachkraft', muster.schulen[0], 'Fiete Fachkraft'),
    mitglied: await person('mitglied', netzwerkScope, 'Mia Mitglied'),
  };
  const sessions = Object.fromEntries(Object.entries(people).map(([k, p]) => [k, p.session])) as Record<keyof typeof people, Session>;
  return {
    land,
    landF,
    musterstadt: muster.scope,
    nachbarstadt: nachbar.scope,
    drittstadt: dritt.scope,
    fernstadt: fern.scope,
    fremdstadt: fremd.scope,
    schulen: muster.schulen,
    lernnetzwerk,
    people,
    sessions,
  };
}
export type TransferWorld = Awaited<ReturnType<typeof buildTransferWorld>>;

/** A further active network joining the given Kommunen; `archive()` ends it again. */
export async function joinInNetwork(db: Db, traegerScopeId: string, kommuneIds: string[], name = 'Kooperation auf Zeit') {
  const row = await buildNetzwerk(db, { traegerScopeId, kommuneIds, name, ebene: 'interkommunal' });
  return { ...row, archive: () => db.update(netzwerke).set({ archiviertAm: new Date() }).where(eq(netzwerke.id, row.id)) };
}

/** The transfer API as the web client calls it. */
export function transferApi(app: AppInstance) {
  const base = '/api/transfer';
  const q = (query: Record<string, string | number> = {}) => {
    const s = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return s ? `?${s}` : '';
  };
  return {
    fragen: (s: Session | null) => call(app, s, 'GET', `${base}/kontextfragen`),
    createFrage: (s: Session | null, body: unknown) => call(app, s, 'POST', `${base}/kontextfragen`, body),
    updateFrage: (s: Session | null, id: string, body: unknown) => call(app, s, 'PUT', `${base}/kontextfragen/${id}`, body),
    raster: (s: Session | null, kommuneId: string) => call(app, s, 'GET', `${base}/kommunen/${kommuneId}/luecken`),
    createLuecke: (s: Session | null, kommuneId: string, body: unknown) => call(app, s, 'POST', `${base}/kommunen/${kommuneId}/luecken`, body),
    updateLuecke: (s: Session | null, id: string, body: unknown) => call(app, s, 'PUT', `${base}/luecken/${id}`, body),
    deleteLuecke: (s: Session | null, id: string, version: number) => call(app, s, 'DELETE', `${base}/luecken/${id}`, { version }),
    vorschlaege: (s: Session | null, lueckeId: string) => call(app, s, 'GET', `${base}/luecken/${lueckeId}/vorschlaege`),
    matches: (s: Session | null, netzwerkId: string) => call(app, s, 'GET', `${base}/netzwerke/${netzwerkId}/matches`),
    suche: (s: Session | null, query: Record<string, string | number> = {}) => call(app, s, 'GET', `${base}/praxisbeispiele${q(query)}`),
    praxis: (s: Session | null, id: string) => call(app, s, 'GET', `${base}/praxisbeispiele/${id}`),
    createPraxis: (s: Session | null, kommuneId: string, body: unknown) => call(app, s, 'POST', `${base}/kommunen/${kommuneId}/praxisbeispiele`, body),
    updatePraxis: (s: Session | null, id: string, body: unknown) => call(app, s, 'PUT', `${base}/praxisbeispiele/${id}`, body),
    transfers: (s: Session | null) => call(app, s, 'GET', `${base}/transfers`),
    createTransfer: (s: Session | null, body: unknown) => call(app, s, 'POST', `${base}/transfers`, body),
    transfer: (s: Session | null, id: string) => call(app, s, 'GET', `${base}/transfers/${id}`),
    antworten: (s: Session | null, id: string, body: unknown) => call(app, s, 'POST', `${base}/transfers/${id}/antworten`, body),
    austausch: (s: Session | null, id: string, body: unknown) => call(app, s, 'POST', `${base}/transfers/${id}/austausch`, body),
    nachbereitung: (s: Session | null, id: string, body: unknown) => call(app, s, 'POST', `${base}/transfers/${id}/nachbereitung`, body),
    abbrechen: (s: Session | null, id: string, version: number) => call(app, s, 'POST', `${base}/transfers/${id}/abbrechen`, { version }),
  };
}
export type TransferApi = ReturnType<typeof transferApi>;

/** A valid gap ("Wo hakt es?"). */
/** A change names the status too (leaving it out must not reopen a solved gap). */
export const lueckeAenderung = (overrides: Record<string, unknown> = {}) => lueckeBody({ status: 'offen', ...overrides });

export const lueckeBody = (overrides: Record<string, unknown> = {}) => ({
  handlungsfeld: 'sprachfoerderung',
  altersphase: '3-5',
  beschreibung: 'Viele Kinder kommen ohne ausreichende Deutschkenntnisse in die Kita.',
  prioritaet: 'hoch',
  ...overrides,
});

/** A valid practice with resources, contact and a link; no context answers. */
export const praxisBody = (overrides: Record<string, unknown> = {}) => ({
  titel: 'Sprachförderung mit Familienbesuchen',
  beschreibung: 'Sprachfachkräfte besuchen Familien zu Hause und begleiten die Kinder im Kita-Alltag.',
  handlungsfelder: ['sprachfoerderung', 'elternarbeit'],
  altersphasen: ['3-5'],
  zielgruppen: ['Kinder mit Förderbedarf', 'Eltern'],
  ressourcen: { personal: 'zwei Sprachfachkräfte (1,5 Stellen)', geld: '90.000 € im Jahr aus kommunalen Mitteln', raeume: 'Räume der Kitas' },
  seit: 2017,
  kontakt: { name: 'Petra Praxis', funktion: 'Fachdienst Frühe Bildung', email: 'praxis@example.org' },
  links: ['https://example.org/sprachfoerderung'],
  kontext: [],
  ...overrides,
});

/** Turns a presented practice back into an update body. */
export const praxisAsBody = (p: PraxisDetail) => ({
  titel: p.titel,
  beschreibung: p.beschreibung,
  handlungsfelder: p.handlungsfelder,
  altersphasen: p.altersphasen,
  zielgruppen: p.zielgruppen,
  ressourcen: p.ressourcen,
  seit: p.seit,
  kontakt: p.kontakt,
  links: p.links,
  kontext: p.kontext.map((k) => ({ frage: k.code, antwort: k.antwort })),
  version: p.version,
});

/** The one error of a problem on a field, asserting it is there. */
export function errorOn(problem: Problem, field: string) {
  const error = problem.errors?.find((e) => e.field === field);
  expect(error, `${field} in ${JSON.stringify(problem.errors)}`).toBeDefined();
  return error!;
}

/** Audit entries of an action (about one entity). */
export const auditOf = (db: Db, action: string, entityId?: string) =>
  db
    .select()
    .from(auditLog)
    .where(entityId ? and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)) : eq(auditLog.action, action));

export type Raster = { kommune: { id: string; name: string }; darfBearbeiten: boolean; items: Luecke[] };
export type Seite<T> = { items: T[]; total: number; page: number; pageSize: number };
export type PraxisKopf = Omit<PraxisDetail, 'ressourcen' | 'kontakt' | 'links' | 'kontext' | 'erfahrungen' | 'darfBearbeiten'>;
export type Vorschlaege = { luecke: Luecke; items: Vorschlag[] };
export type Matches = { netzwerk: { id: string; name: string }; kommunen: { id: string; name: string }[]; items: { luecke: Luecke; vorschlaege: Vorschlag[] }[] };

export type { KontextFrageDto, Luecke, PraxisDetail, TransferDetail, Vorschlag };
