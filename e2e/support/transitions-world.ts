import type { Db } from '../../src/server/core/db.js';
import { buildSchool } from '../../src/server/testing/directory-factories.js';
import { TEST_PASSWORD } from '../../src/server/testing/factories.js';
import { buildKommuneIn, buildNrw, buildPerson, type Person } from './nrw-world.js';
import { useAppWith } from './suite.js';

/** Coordinates Köln: opens the round, runs the matching, reviews, works on cases, closes. */
export const kim: Person = { name: 'Kim Koordination', email: 'kim@koeln.example', password: TEST_PASSWORD };
/** Leads the feeder school GGS Merianstraße: uploads the leaver list. */
export const greta: Person = { name: 'Greta Grundschule', email: 'greta@merianstrasse.example', password: TEST_PASSWORD };
/** Leads the receiving Gesamtschule Kalk: uploads the registration list. */
export const gerd: Person = { name: 'Gerd Gesamtschule', email: 'gerd@gesamtschule-kalk.example', password: TEST_PASSWORD };

export const feeder = { name: 'GGS Merianstraße', schulform: 'Grundschule' } as const;
export const receiving = { name: 'Gesamtschule Kalk', schulform: 'Gesamtschule' } as const;
/** Further schools of Köln that the pickers offer but the round does not use. */
const others = [
  { name: 'GGS Vingst', schulform: 'Grundschule' },
  { name: 'KGS Kalk', schulform: 'Grundschule' },
  { name: 'Gymnasium Rodenkirchen', schulform: 'Gymnasium' },
] as const;

export interface TransitionsWorld {
  koelnId: string;
  feederId: string;
  receivingId: string;
  receivingNummer: string;
}

async function buildTransitionsWorld(db: Db): Promise<TransitionsWorld> {
  const land = await buildNrw(db, 'nrw');
  const koeln = await buildKommuneIn(db, land.id, 'Köln', '05315000');
  const gs = await buildSchool(db, { kommuneScope: koeln, ...feeder });
  const ge = await buildSchool(db, { kommuneScope: koeln, ...receiving });
  for (const schule of others) await buildSchool(db, { kommuneScope: koeln, ...schule });
  await buildPerson(db, kim, 'kommunalkoordination', koeln.id);
  await buildPerson(db, greta, 'schulleitung', gs.scope.id);
  await buildPerson(db, gerd, 'schulleitung', ge.scope.id);
  return { koelnId: koeln.id, feederId: gs.scope.id, receivingId: ge.scope.id, receivingNummer: ge.schule.schulnummer };
}

/** One server with Köln, five schools and the three people; one browser per spec file. */
export function useTransitionsApp() {
  return useAppWith(buildTransitionsWorld, { timeout: 120_000 });
}
