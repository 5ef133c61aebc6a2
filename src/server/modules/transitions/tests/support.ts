import { expect } from 'vitest';
import type { Db } from '../../../core/db.js';
import type { AppInstance } from '../../../core/http.js';
import type { EigeneListe, Fall, FallDetail, ListeBericht, ListenArt, Pruefung, Runde } from '../../../../domain/transitions/round-contracts.js';
import { buildKommune, buildSchool } from '../../../testing/directory-factories.js';
import { buildScope } from '../../../testing/factories.js';
import { call, type Session } from '../../../testing/test-app.js';
import { signedIn } from '../../identity/tests/support.js';
import { bodyOf } from '../../mapping/tests/support.js';
import { leaverCsv, registrationCsv, registrationXlsx, upload, type RoundLists } from './factories.js';

export { expectProblem, fieldsOf } from '../../identity/tests/support.js';
export { bodyOf, CONFLICT_MESSAGE, UNKNOWN_ID } from '../../mapping/tests/support.js';

/**
 * Land L › Musterstadt: two Grundschulen that hand over (A, B), a Gesamtschule and a Gymnasium that
 * receive (X, Y), and a Grundschule outside the round (C); Land L › Nachbarstadt (one school);
 * Land F › Fremdstadt (one school). One signed-in person per role that matters.
 */
export async function buildTransitionsWorld(app: AppInstance, db: Db) {
  const land = await buildScope(db, { type: 'land', name: 'Land L' });
  const musterstadt = await buildScope(db, { type: 'kommune', name: 'Musterstadt', parentId: land.id });
  await buildKommune(db, { scope: musterstadt });
  const school = async (kommuneScope: typeof musterstadt, name: string, schulform: string) => (await buildSchool(db, { kommuneScope, name, schulform })).scope;
  const a = await school(musterstadt, 'Grundschule Am Anger', 'Grundschule');
  const b = await school(musterstadt, 'Grundschule Am Bach', 'Grundschule');
  const x = await school(musterstadt, 'Gesamtschule Eichenweg', 'Gesamtschule');
  const y = await school(musterstadt, 'Gymnasium Am Wall', 'Gymnasium');
  const c = await school(musterstadt, 'Grundschule Dorfmitte', 'Grundschule');
  const nachbarstadt = await buildScope(db, { type: 'kommune', name: 'Nachbarstadt', parentId: land.id });
  await buildKommune(db, { scope: nachbarstadt });
  const n = await school(nachbarstadt, 'Realschule Nachbarstadt', 'Realschule');
  const fremdLand = await buildScope(db, { type: 'land', name: 'Land F' });
  const fremdstadt = await buildScope(db, { type: 'kommune', name: 'Fremdstadt', parentId: fremdLand.id });
  await buildKommune(db, { scope: fremdstadt });
  const f = await school(fremdstadt, 'Grundschule Fremd', 'Grundschule');

  const person = async (role: Parameters<typeof signedIn>[2], scope: typeof musterstadt | undefined, name: string) => signedIn(app, db, role, scope, { name });
  const people = {
    koordination: await person('kommunalkoordination', musterstadt, 'Kim Koordination'),
    land: await person('landeskoordination', land, 'Lou Land'),
    lesend: await person('lesend', musterstadt, 'Sascha Steuergruppe'),
    admin: await person('administration', undefined, 'Ada Administration'),
    schulleitungA: await person('schulleitung', a, 'Anke Anger'),
    schulleitungB: await person('schulleitung', b, 'Bernd Bach'),
    schulleitungX: await person('schulleitung', x, 'Xenia Eichenweg'),
    schulleitungY: await person('schulleitung', y, 'Yusuf Wall'),
    schulleitungC: await person('schulleitung', c, 'Carla Dorfmitte'),
    fachkraftA: await person('fachkraft', a, 'Fiete Fachkraft'),
    nachbar: await person('kommunalkoordination', nachbarstadt, 'Nora Nachbar'),
    fremd: await person('kommunalkoordination', fremdstadt, 'Frida Fremd'),
  };
  const sessions = Object.fromEntries(Object.entries(people).map(([k, p]) => [k, p.session])) as Record<keyof typeof people, Session>;
  return { land, musterstadt, nachbarstadt, fremdLand, fremdstadt, schulen: { a, b, x, y, c, n, f }, people, sessions };
}
export type TransitionsWorld = Awaited<ReturnType<typeof buildTransitionsWorld>>;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A valid round of Musterstadt: A and B hand over, X and Y receive. */
export const rundeBody = (w: TransitionsWorld, overrides: Record<string, unknown> = {}) => ({
  kommuneId: w.musterstadt.id,
  bezeichnung: 'Übergang 4 → 5 Musterstadt',
  schuljahr: '2027/28',
  frist: inDays(30),
  aufbewahrungTage: 30,
  abgebendeSchulen: [w.schulen.a.id, w.schulen.b.id],
  aufnehmendeSchulen: [w.schulen.x.id, w.schulen.y.id],
  ...overrides,
});

/** The transitions API as the web client calls it. */
export function uebergangApi(app: AppInstance) {
  const base = '/api/uebergaenge';
  return {
    bereiche: (s: Session | null) => call(app, s, 'GET', `${base}/bereiche`),
    runden: (s: Session | null) => call(app, s, 'GET', `${base}/runden`),
    create: (s: Session | null, body: unknown) => call(app, s, 'POST', `${base}/runden`, body),
    runde: (s: Session | null, id: string) => call(app, s, 'GET', `${base}/runden/${id}`),
    upload: (s: Session | null, id: string, schuleId: string, art: ListenArt, body: unknown) => call(app, s, 'POST', `${base}/runden/${id}/listen/${schuleId}/${art}`, body),
    liste: (s: Session | null, id: string, schuleId: string, art: ListenArt) => call(app, s, 'GET', `${base}/runden/${id}/listen/${schuleId}/${art}`),
    abgleich: (s: Session | null, id: string) => call(app, s, 'POST', `${base}/runden/${id}/abgleich`),
    pruefungen: (s: Session | null, id: string, status: 'offen' | 'alle' = 'offen') => call(app, s, 'GET', `${base}/runden/${id}/pruefungen?status=${status}`),
    decide: (s: Session | null, id: string, paarId: string, entscheidung: string) => call(app, s, 'POST', `${base}/runden/${id}/pruefungen/${paarId}`, { entscheidung }),
    faelle: (s: Session | null, id: string, query = '') => call(app, s, 'GET', `${base}/runden/${id}/faelle${query}`),
    fall: (s: Session | null, id: string, fallId: string) => call(app, s, 'GET', `${base}/runden/${id}/faelle/${fallId}`),
    assign: (s: Session | null, id: string, fallId: string, schuleId: string | null, version: number) => call(app, s, 'POST', `${base}/runden/${id}/faelle/${fallId}/zuweisung`, { schuleId, version }),
    comment: (s: Session | null, id: string, fallId: string, text: string) => call(app, s, 'POST', `${base}/runden/${id}/faelle/${fallId}/kommentare`, { text }),
    resolve: (s: Session | null, id: string, fallId: string, body: unknown) => call(app, s, 'POST', `${base}/runden/${id}/faelle/${fallId}/erledigen`, body),
    reopen: (s: Session | null, id: string, fallId: string, version: number) => call(app, s, 'POST', `${base}/runden/${id}/faelle/${fallId}/wiedereroeffnen`, { version }),
    uebersicht: (s: Session | null, id: string) => call(app, s, 'GET', `${base}/runden/${id}/uebersicht`),
    close: (s: Session | null, id: string, version: number) => call(app, s, 'POST', `${base}/runden/${id}/abschliessen`, { version }),
  };
}
export type UebergangApi = ReturnType<typeof uebergangApi>;

/** Opens a round as the coordination and returns it. */
export async function openRunde(v: UebergangApi, w: TransitionsWorld, overrides: Record<string, unknown> = {}): Promise<Runde> {
  return bodyOf<Runde>(await v.create(w.sessions.koordination, rundeBody(w, overrides)), 201);
}

/** The four schools upload their lists: A and B as Windows-1252 CSV, X as XLSX, Y as UTF-8 CSV. */
export async function uploadLists(v: UebergangApi, w: TransitionsWorld, rundeId: string, lists: RoundLists) {
  const reports: ListeBericht[] = [];
  const ok = async (res: Awaited<ReturnType<UebergangApi['upload']>>) => {
    const report = bodyOf<ListeBericht>(res);
    expect(report.issues, JSON.stringify(report.issues)).toEqual([]);
    expect(report.ok).toBe(true);
    reports.push(report);
  };
  await ok(await v.upload(w.sessions.schulleitungA, rundeId, w.schulen.a.id, 'abgang', upload('csv', leaverCsv(lists.abgangA))));
  await ok(await v.upload(w.sessions.schulleitungB, rundeId, w.schulen.b.id, 'abgang', upload('csv', leaverCsv(lists.abgangB))));
  await ok(await v.upload(w.sessions.schulleitungX, rundeId, w.schulen.x.id, 'anmeldung', upload('xlsx', await registrationXlsx(lists.anmeldungX))));
  await ok(await v.upload(w.sessions.schulleitungY, rundeId, w.schulen.y.id, 'anmeldung', upload('csv', registrationCsv(lists.anmeldungY))));
  return reports;
}

/** Kennungen of the entries of a case, in order (only where the caller sees the person). */
export const kennungenOf = (f: Fall) => f.eintraege.map((e) => e.person?.kennung ?? null);

/** The case of a kind that names the given kennung (as the coordination sees it). */
export function fallWith(faelle: Fall[], art: string, kennung: string): Fall | undefined {
  return faelle.find((f) => f.art === art && f.eintraege.some((e) => e.person?.kennung === kennung));
}

export type { EigeneListe, Fall, FallDetail, ListeBericht, Pruefung, Runde };
