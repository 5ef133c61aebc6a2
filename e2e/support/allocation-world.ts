import type { Db } from '../../src/server/core/db.js';
import { buildSchool } from '../../src/server/testing/directory-factories.js';
import { TEST_PASSWORD } from '../../src/server/testing/factories.js';
import { buildKommuneIn, buildNrw, buildPerson, type Person } from './nrw-world.js';
import { useAppWith } from './suite.js';

/** Coordinates Köln: builds, changes, shares and archives scenarios. */
export const kira: Person = { name: 'Kira Koordination', email: 'kira@koeln.example', password: TEST_PASSWORD };
/** May read everything of Köln, change nothing. */
export const lou: Person = { name: 'Lou Lesend', email: 'lou@koeln.example', password: TEST_PASSWORD };

/** Eight Grundschulen (one without Sozialindex), a Gesamtschule and a Gymnasium in Köln. */
export const schulen = [
  { name: 'GGS Chorweiler-Nord', schulform: 'Grundschule', sozialindex: 9, schueler: 240, startchancen: true },
  { name: 'GGS Merianstraße', schulform: 'Grundschule', sozialindex: 8, schueler: 310, startchancen: true },
  { name: 'KGS Kalk', schulform: 'Grundschule', sozialindex: 7, schueler: 280, startchancen: false },
  { name: 'GGS Vingst', schulform: 'Grundschule', sozialindex: 6, schueler: 220, startchancen: false },
  { name: 'GGS Nippes', schulform: 'Grundschule', sozialindex: 4, schueler: 300, startchancen: false },
  { name: 'GGS Lindenthal', schulform: 'Grundschule', sozialindex: 2, schueler: 260, startchancen: false },
  { name: 'GGS Rodenkirchen', schulform: 'Grundschule', sozialindex: 1, schueler: 280, startchancen: false },
  { name: 'GGS Am Rhein', schulform: 'Grundschule', sozialindex: null, schueler: 180, startchancen: false },
  { name: 'Gesamtschule Kalk', schulform: 'Gesamtschule', sozialindex: 6, schueler: 900, startchancen: false },
  { name: 'Gymnasium Rodenkirchen', schulform: 'Gymnasium', sozialindex: 1, schueler: 850, startchancen: false },
] as const;

export interface AllocationWorld {
  koelnId: string;
}

async function buildAllocationWorld(db: Db): Promise<AllocationWorld> {
  const land = await buildNrw(db, 'nrw');
  const koeln = await buildKommuneIn(db, land.id, 'Köln', '05315000');
  for (const schule of schulen) await buildSchool(db, { kommuneScope: koeln, ...schule });
  await buildPerson(db, kira, 'kommunalkoordination', koeln.id);
  await buildPerson(db, lou, 'lesend', koeln.id);
  return { koelnId: koeln.id };
}

/** One server with Köln's schools and the two people; one browser per spec file. */
export function useAllocationApp() {
  return useAppWith(buildAllocationWorld, { timeout: 120_000 });
}

/** A signed-in HTTP client of the running server (cookie and CSRF token like the web app). */
export async function signedIn(baseUrl: string, person: Person) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: person.password }),
  });
  if (!login.ok) throw new Error(`Anmeldung fehlgeschlagen: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith('strang_session='))!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async function send<R>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<R> {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as R;
  };
}
