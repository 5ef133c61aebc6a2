import type { Db } from '../../src/server/core/db.js';
import { TEST_PASSWORD } from '../../src/server/testing/factories.js';
import { buildNetzwerk } from '../../src/server/testing/network-factories.js';
import { apiClient, buildKommuneIn, buildNrw, buildPerson, type Person } from './nrw-world.js';
import { useAppWith } from './suite.js';
import type { TestServer } from './server.js';
import { bochumPractices, gelsenkirchenPractices } from './transfer-practices.js';

/** Coordinates Gelsenkirchen: enters a gap, asks Bochum for a transfer, records the follow-up. */
export const anna: Person = { name: 'Anna Gelsenkirchen', email: 'anna@gelsenkirchen.example', password: TEST_PASSWORD };
/** Coordinates Bochum: its practices answer the gap; answers the questions and arranges the exchange. */
export const bernd: Person = { name: 'Bernd Bochum', email: 'bernd@bochum.example', password: TEST_PASSWORD };
/** The state coordination: keeps the catalogue of context questions. */
export const lena: Person = { name: 'Lena Landeskoordination', email: 'lena@land-nrw.example', password: TEST_PASSWORD };
/** Coordinates Bonn, which is not in the learning network: sees no grid of the Ruhr cities. */
export const carla: Person = { name: 'Carla Bonn', email: 'carla@bonn.example', password: TEST_PASSWORD };

export const lernnetzwerkName = 'Lernnetzwerk Ruhr';

export interface TransferWorld {
  gelsenkirchen: string;
  bochum: string;
  bonn: string;
  netzwerk: string;
}

/** NRW with Gelsenkirchen and Bochum in one inter-municipal learning network, Bonn outside it, and the four people. */
async function buildTransferWorld(db: Db): Promise<TransferWorld> {
  const land = await buildNrw(db, '05');
  const gelsenkirchen = await buildKommuneIn(db, land.id, 'Gelsenkirchen', '05513000');
  const bochum = await buildKommuneIn(db, land.id, 'Bochum', '05911000');
  const bonn = await buildKommuneIn(db, land.id, 'Bonn', '05314000');
  const annaId = await buildPerson(db, anna, 'kommunalkoordination', gelsenkirchen.id);
  const berndId = await buildPerson(db, bernd, 'kommunalkoordination', bochum.id);
  const lenaId = await buildPerson(db, lena, 'landeskoordination', land.id);
  await buildPerson(db, carla, 'kommunalkoordination', bonn.id);
  const netzwerk = await buildNetzwerk(db, {
    traegerScopeId: land.id,
    kommuneIds: [gelsenkirchen.id, bochum.id],
    name: lernnetzwerkName,
    ebene: 'interkommunal',
    schwerpunkt: 'praxis',
    members: { [lenaId]: 'moderation', [annaId]: 'mitglied', [berndId]: 'mitglied' },
  });
  return { gelsenkirchen: gelsenkirchen.id, bochum: bochum.id, bonn: bonn.id, netzwerk: netzwerk.id };
}

/** The practices come in through the API, as a coordinator enters them (the context catalogue is installed at start). */
async function enterPractices(server: TestServer<TransferWorld>): Promise<void> {
  const asBernd = await apiClient(server.url, bernd);
  for (const body of bochumPractices) await asBernd('POST', `/api/transfer/kommunen/${server.world.bochum}/praxisbeispiele`, body);
  const asAnna = await apiClient(server.url, anna);
  for (const body of gelsenkirchenPractices) await asAnna('POST', `/api/transfer/kommunen/${server.world.gelsenkirchen}/praxisbeispiele`, body);
}

/** One server with the world above and its practices; one browser per spec file. */
export function useTransferApp() {
  return useAppWith(buildTransferWorld, { timeout: 120_000, afterStart: enterPractices });
}
