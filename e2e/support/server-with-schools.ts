import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../src/server/core/config.js';
import { importSchools } from '../../src/server/modules/directory/use-cases/import-schools.js';
import { prepareDatabase, startServer } from '../../src/server/runtime.js';
import { launchBrowser, openPage, type TestPage } from './browser.js';

export const schoolFile = 'data/nrw-schulen/schulen_nrw_2024_25.csv';

/**
 * Like startTestServer, but the fresh database already holds the bundled NRW school list
 * (imported through the same use case as `strang import-schools`) before the server listens.
 */
export async function startTestServerWithSchools(): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'strang-e2e-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', STRANG_DATA_DIR: dataDir, STRANG_WEB_DIR: './dist/web', LOG_LEVEL: 'warn' });
  if (!fs.existsSync(path.join(config.webDir, 'index.html'))) throw new Error('dist/web fehlt: erst npm run build:web ausführen');
  const database = await prepareDatabase(config);
  try {
    const report = await importSchools(database.db, { content: fs.readFileSync(schoolFile, 'utf8'), actor: null });
    if (!report.ok) throw new Error(`Import der Schulliste fehlgeschlagen: ${JSON.stringify(report.errors.slice(0, 3))}`);
  } catch (err) {
    await database.close();
    throw err;
  }
  const running = await startServer(config, { logger: false, database });
  return {
    url: running.url.replace('localhost', '127.0.0.1'),
    stop: async () => {
      await running.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** useApp (support/suite.ts) on a server with the school list. */
export function useAppWithSchools() {
  let server: Awaited<ReturnType<typeof startTestServerWithSchools>> | undefined;
  let browser: Browser | undefined;
  const pages: TestPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServerWithSchools(), launchBrowser()]);
  }, 180_000);

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
    async open(options?: Parameters<typeof openPage>[2]): Promise<TestPage> {
      if (!server || !browser) throw new Error('server not started');
      const opened = await openPage(browser, server.url, options);
      pages.push(opened);
      return opened;
    },
  };
}
