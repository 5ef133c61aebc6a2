import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Db } from '../../src/server/core/db.js';
import { buildKommune } from '../../src/server/testing/directory-factories.js';
import { buildScope, buildUser, TEST_PASSWORD } from '../../src/server/testing/factories.js';
import { buildNetzwerk } from '../../src/server/testing/network-factories.js';
import { launchBrowser, openPage, type TestPage } from './browser.js';
import { startServerWith, type Person } from './mapping-fixtures.js';

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
  const land = await buildScope(db, { type: 'land', name: 'Nordrhein-Westfalen', code: '05' });
  const kommune = async (name: string, ags: string) => (await buildKommune(db, { scope: await buildScope(db, { type: 'kommune', name, code: ags, parentId: land.id }), name, ags })).scope;
  const gelsenkirchen = await kommune('Gelsenkirchen', '05513000');
  const bochum = await kommune('Bochum', '05911000');
  const bonn = await kommune('Bonn', '05314000');
  await buildUser(db, { role: 'landeskoordination', scopeId: land.id, name: lena.name, email: lena.email });
  await buildUser(db, { role: 'fachkraft', scopeId: gelsenkirchen.id, name: mika.name, email: mika.email });
  const ottoUser = await buildUser(db, { role: 'fachkraft', scopeId: bonn.id, name: otto.name, email: otto.email });
  const bonnNetzwerk = await buildNetzwerk(db, { traegerScopeId: bonn.id, kommuneIds: [bonn.id], name: 'Steuergruppe Bildung Bonn', ebene: 'kommune', schwerpunkt: 'steuerung', members: { [ottoUser.id]: 'moderation' } });
  return { gelsenkirchen: gelsenkirchen.id, bochum: bochum.id, bonn: bonn.id, bonnNetzwerk: bonnNetzwerk.id };
}

/** One server with the world above and one browser per spec file; browser problems fail the file. */
export function useNetworksApp() {
  let server: Awaited<ReturnType<typeof startServerWith<NetworksWorld>>> | undefined;
  let browser: Browser | undefined;
  const pages: TestPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerWith(buildNetworksWorld), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    const problems = pages.flatMap((p) => p.problems);
    await browser?.close();
    await server?.stop();
    expect(problems, 'browser problems').toEqual([]);
  });

  return {
    get url(): string {
      if (!server) throw new Error('server not started');
      return server.url;
    },
    get world(): NetworksWorld {
      if (!server) throw new Error('server not started');
      return server.world;
    },
    async open(options?: Parameters<typeof openPage>[2]): Promise<TestPage> {
      if (!server || !browser) throw new Error('server not started');
      const opened = await openPage(browser, server.url, options);
      pages.push(opened);
      return opened;
    },
  };
}
