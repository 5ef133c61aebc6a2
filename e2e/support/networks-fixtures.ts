import type { Db } from '../../src/server/core/db.js';
import { TEST_PASSWORD } from '../../src/server/testing/factories.js';
import { buildNetzwerk } from '../../src/server/testing/network-factories.js';
import { buildKommuneIn, buildNrw, buildPerson, type Person } from './nrw-world.js';
import { useAppWith } from './suite.js';

/** The state coordinator who founds an inter-municipal network of two Ruhr cities. */
export const lena: Person = { name: 'Lena Landeskoordination', email: 'lena@land-nrw.example', password: TEST_PASSWORD };
/** A school social worker of Gelsenkirchen, added to the network by e-mail. */
export const mika: Person = { name: 'Mika Fachkraft', email: 'mika@gelsenkirchen.example', password: TEST_PASSWORD };
/** Moderates a network of Bonn and must never see the Ruhr network. */
export const otto: Person = { name: 'Otto Bonn', email: 'otto@bonn.example', password: TEST_PASSWORD };

export interface NetworksWorld {
  gelsenkirchen: string;
  bochum: string;
  bonn: string;
  bonnNetzwerk: string;
}

/** NRW with Gelsenkirchen, Bochum and Bonn, the three people, and a network of Bonn that Otto moderates. */
export async function buildNetworksWorld(db: Db): Promise<NetworksWorld> {
  const land = await buildNrw(db, '05');
  const gelsenkirchen = await buildKommuneIn(db, land.id, 'Gelsenkirchen', '05513000');
  const bochum = await buildKommuneIn(db, land.id, 'Bochum', '05911000');
  const bonn = await buildKommuneIn(db, land.id, 'Bonn', '05314000');
  await buildPerson(db, lena, 'landeskoordination', land.id);
  await buildPerson(db, mika, 'fachkraft', gelsenkirchen.id);
  const ottoId = await buildPerson(db, otto, 'fachkraft', bonn.id);
  const bonnNetzwerk = await buildNetzwerk(db, { traegerScopeId: bonn.id, kommuneIds: [bonn.id], name: 'Steuergruppe Bildung Bonn', ebene: 'kommune', schwerpunkt: 'steuerung', members: { [ottoId]: 'moderation' } });
  return { gelsenkirchen: gelsenkirchen.id, bochum: bochum.id, bonn: bonn.id, bonnNetzwerk: bonnNetzwerk.id };
}

/** One server with the world above and one browser per spec file; browser problems fail the file. */
export function useNetworksApp() {
  return useAppWith(buildNetworksWorld, { timeout: 120_000 });
}
