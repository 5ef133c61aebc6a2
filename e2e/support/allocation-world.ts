import type { Db } from '../../src/server/core/db.js';
import { buildSchool } from '../../src/server/testing/directory-factories.js';
import { buildScope, TEST_PASSWORD } from '../../src/server/testing/factories.js';
import { buildKommuneIn, buildNrw, buildPerson, type Person } from './nrw-world.js';
import { useAppWith } from './suite.js';

/** Coordinates Köln: builds, changes, shares and archives scenarios. */
export const kira: Person = { name: 'Kira Koordination', email: 'kira@koeln.example', password: TEST_PASSWORD };
/** Administers the platform: may plan in every Land and Kommune. */
export const ada: Person = { name: 'Ada Administration', email: 'ada@strang.example', password: TEST_PASSWORD };
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
  nrwId: string;
}

async function buildAllocationWorld(db: Db): Promise<AllocationWorld> {
  const land = await buildNrw(db, 'nrw');
  const koeln = await buildKommuneIn(db, land.id, 'Köln', '05315000');
  for (const schule of schulen) await buildSchool(db, { kommuneScope: koeln, ...schule });
  await buildPerson(db, kira, 'kommunalkoordination', koeln.id);
  await buildPerson(db, lou, 'lesend', koeln.id);
  // A second Kommune of the Land and one of another Land: a Land's model offers only its own.
  await buildKommuneIn(db, land.id, 'Bonn', '05314000');
  const niedersachsen = await buildScope(db, { type: 'land', name: 'Niedersachsen', code: 'ni' });
  await buildKommuneIn(db, niedersachsen.id, 'Hannover', '03241001');
  await buildPerson(db, ada, 'administration');
  return { koelnId: koeln.id, nrwId: land.id };
}

/** One server with Köln's schools and the two people; one browser per spec file. */
export function useAllocationApp() {
  return useAppWith(buildAllocationWorld, { timeout: 120_000 });
}
