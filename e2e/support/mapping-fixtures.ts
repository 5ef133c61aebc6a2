import { inArray } from 'drizzle-orm';
import type { Db } from '../../src/server/core/db.js';
import { schulen } from '../../src/server/modules/directory/directory.schema.js';
import { buildSchool, buildSozialraum } from '../../src/server/testing/directory-factories.js';
import { TEST_PASSWORD } from '../../src/server/testing/factories.js';
import { apiClient, buildKommuneIn, buildNrw, buildPerson, type Person } from './nrw-world.js';
import { useAppWith } from './suite.js';

// ---- A small, plausible map of a city with two challenged social spaces ------------------------

export const kim: Person = { name: 'Kim Koordination', email: 'kim@koeln.example', password: TEST_PASSWORD };
export const alex: Person = { name: 'Alex Admin', email: 'alex@strang.example', password: TEST_PASSWORD };
export const robin: Person = { name: 'Robin Bonn', email: 'robin@bonn.example', password: TEST_PASSWORD };

export const schoolNames = {
  chorweiler: 'GGS Chorweiler-Nord',
  merian: 'GGS Merianstraße',
  kalk: 'KGS Kalk',
  gesamtschule: 'Gesamtschule Kalk',
  lindenthal: 'GGS Lindenthal',
  rodenkirchen: 'Gymnasium Rodenkirchen',
} as const;
type SchoolKey = keyof typeof schoolNames;

export interface CityWorld {
  kommuneId: string;
  schools: Record<SchoolKey, string>;
  sozialraeume: { chorweiler: string; kalk: string };
}

/** Köln with six schools (Sozialindex 1–9) in two Sozialräume, a coordinator, an administrator and a coordinator of Bonn. */
export async function buildCity(db: Db): Promise<CityWorld> {
  const land = await buildNrw(db, 'nrw');
  const scope = await buildKommuneIn(db, land.id, 'Köln', '05315000');
  const figures: Record<SchoolKey, { schulform: string; schueler: number; sozialindex: number }> = {
    chorweiler: { schulform: 'Grundschule', schueler: 240, sozialindex: 9 },
    merian: { schulform: 'Grundschule', schueler: 310, sozialindex: 8 },
    kalk: { schulform: 'Grundschule', schueler: 280, sozialindex: 7 },
    gesamtschule: { schulform: 'Gesamtschule', schueler: 900, sozialindex: 6 },
    lindenthal: { schulform: 'Grundschule', schueler: 260, sozialindex: 2 },
    rodenkirchen: { schulform: 'Gymnasium', schueler: 850, sozialindex: 1 },
  };
  const schools = {} as Record<SchoolKey, string>;
  for (const key of Object.keys(figures) as SchoolKey[]) schools[key] = (await buildSchool(db, { kommuneScope: scope, name: schoolNames[key], ...figures[key] })).scope.id;
  const chorweiler = await buildSozialraum(db, scope.id, 'Chorweiler');
  const kalk = await buildSozialraum(db, scope.id, 'Kalk');
  await db.update(schulen).set({ sozialraumId: chorweiler.id }).where(inArray(schulen.id, [schools.chorweiler, schools.merian]));
  await db.update(schulen).set({ sozialraumId: kalk.id }).where(inArray(schulen.id, [schools.kalk, schools.gesamtschule]));

  const bonn = await buildKommuneIn(db, land.id, 'Bonn', '05314000');
  await buildPerson(db, kim, 'kommunalkoordination', scope.id);
  await buildPerson(db, alex, 'administration');
  await buildPerson(db, robin, 'kommunalkoordination', bonn.id);
  return { kommuneId: scope.id, schools, sozialraeume: { chorweiler: chorweiler.id, kalk: kalk.id } };
}

/** Actors, cooperations and offers of the city, entered by the coordinator through the API. */
export async function enterCityMap(baseUrl: string, world: CityWorld): Promise<Record<string, string>> {
  const send = await apiClient(baseUrl, kim);
  const k = world.kommuneId;
  const s = world.schools;
  const ids: Record<string, string> = {};
  const actor = async (key: string, name: string, typ: string, kreis: string, standortIds: string[] = [], geteilt = true) => {
    ids[key] = (await send<{ id: string }>('POST', `/api/mapping/kommunen/${k}/akteure`, { name, typ, kreis, standortIds, geteilt })).id;
  };
  await actor('bildungsbuero', 'Regionales Bildungsbüro', 'bildungsbuero', 'steuergruppe');
  await actor('jugendamt', 'Amt für Kinder, Jugend und Familie', 'jugendamt', 'steuergruppe');
  await actor('gesundheitsamt', 'Gesundheitsamt', 'gesundheitsamt', 'steuergruppe');
  await actor('spd', 'Schulpsychologischer Dienst', 'schulpsychologischer-dienst', 'steuergruppe');
  await actor('ssa', 'Schulsozialarbeit Chorweiler', 'schulsozialarbeit', 'kernteam', [s.chorweiler, s.merian]);
  await actor('ogs', 'Offener Ganztag Merianstraße', 'offener-ganztag', 'kernteam', [s.merian]);
  await actor('sprachtherapie', 'Sprachtherapie Nord', 'freier-traeger', 'extern', [s.chorweiler]);
  await actor('kinderschutzbund', 'Kinderschutzbund Ortsverband', 'verein', 'extern', [s.chorweiler]);
  await actor('bibliothek', 'Stadtbibliothek Chorweiler', 'kommunaler-dienst', 'extern', [s.chorweiler]);
  await actor('src', 'Sozialraumkoordination Chorweiler', 'sozialraumkoordination', 'extern');
  await actor('jz', 'Jugendzentrum Kalk', 'offene-jugendarbeit', 'extern', [s.kalk, s.gesamtschule]);
  await actor('fz', 'Familienzentrum Kalk', 'kita', 'extern', [s.kalk]);
  await actor('mint', 'MINT-Werkstatt e. V.', 'verein', 'extern', [s.gesamtschule]);
  await actor('musikschule', 'Rheinische Musikschule', 'non-formale-bildung', 'extern', [s.lindenthal]);
  await actor('eltern', 'Elternselbsthilfe Kalk', 'selbsthilfe', 'extern', [s.kalk]);
  await actor('intern', 'Interne Arbeitsgruppe Übergänge', 'sonstige', 'steuergruppe', [], false);

  const link = (a: string, b: string, typ: string, standortId: string | null = null) =>
    send('POST', `/api/mapping/kommunen/${k}/kooperationen`, { akteurAId: ids[a], akteurBId: ids[b], typ, standortId });
  await link('bildungsbuero', 'jugendamt', 'gremium');
  await link('bildungsbuero', 'gesundheitsamt', 'gremium');
  await link('bildungsbuero', 'spd', 'gremium');
  await link('bildungsbuero', 'intern', 'absprache');
  await link('jugendamt', 'ssa', 'finanzierung');
  await link('jugendamt', 'jz', 'finanzierung');
  await link('ssa', 'ogs', 'absprache', s.merian);
  await link('ssa', 'sprachtherapie', 'fallberatung', s.chorweiler);
  await link('ssa', 'kinderschutzbund', 'vermittlung', s.chorweiler);
  await link('ssa', 'src', 'absprache');
  await link('src', 'bibliothek', 'gemeinsames-angebot', s.chorweiler);
  await link('jz', 'fz', 'gemeinsames-angebot', s.kalk);
  await link('jz', 'mint', 'raumnutzung', s.gesamtschule);
  await link('spd', 'ssa', 'fallberatung');

  const offer = (titel: string, akteur: string | null, handlungsfeld: string, altersphasen: string[], standortIds: string[], stundenProWoche: number | null, status = 'laufend') =>
    send('POST', `/api/mapping/kommunen/${k}/angebote`, {
      titel,
      akteurId: akteur ? ids[akteur] : null,
      handlungsfeld,
      ebene: 'individuell',
      altersphasen,
      standortIds,
      stundenProWoche,
      finanzierung: 'kommunal',
      status,
      geteilt: true,
    });
  await offer('Sprachförderung im Ganztag', 'sprachtherapie', 'sprachfoerderung', ['6-9'], [s.chorweiler], 6);
  await offer('Lesepaten', 'bibliothek', 'lesefoerderung', ['6-9'], [s.chorweiler, s.merian], 4);
  await offer('Beratung für Familien', 'ssa', 'beratung', ['6-9', '10-15'], [s.chorweiler, s.merian], 10);
  await offer('Offener Ganztag', 'ogs', 'betreuung', ['6-9'], [s.merian], 25);
  await offer('Elterncafé', 'kinderschutzbund', 'elternarbeit', ['3-5', '6-9'], [s.chorweiler], 2, 'geplant');
  await offer('MINT-Labor', 'mint', 'mint', ['10-15'], [s.gesamtschule], 8);
  await offer('Hausaufgabenhilfe', 'jz', 'betreuung', ['6-9', '10-15'], [s.kalk, s.gesamtschule], 6);
  await offer('Musik für alle', 'musikschule', 'sozialraum', ['6-9'], [s.lindenthal], 12);
  await offer('Orchester-AG', 'musikschule', 'sozialraum', ['10-15'], [s.rodenkirchen], 10);
  await offer('Bewegte Pause', 'gesundheitsamt', 'gesundheit', ['6-9'], [s.lindenthal, s.kalk], 4);
  return ids;
}

/**
 * useApp (support/suite.ts) on a server with the city, whose map the coordinator then enters through
 * the API; pages are checked for browser problems at the end.
 */
export function useCityApp() {
  return useAppWith(buildCity, { timeout: 120_000, afterStart: (server) => enterCityMap(server.url, server.world) });
}
