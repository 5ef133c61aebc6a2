import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/server/core/config.js';
import type { Db } from '../../src/server/core/db.js';
import { prepareDatabase, startServer } from '../../src/server/runtime.js';
import { migratedTemplate } from '../../src/server/testing/database-template.js';

export interface TestServer<T> {
  url: string;
  /** What `prepare` returned (ids of the people and places it created). */
  world: T;
  stop(): Promise<void>;
}

/**
 * The real app on a random port with a fresh embedded database and the built web assets.
 * `prepare` fills the migrated database (test factories, a school import …) before the server listens.
 */
export async function startServerWith<T>(prepare: (db: Db) => Promise<T>): Promise<TestServer<T>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'strang-e2e-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', STRANG_DATA_DIR: dataDir, STRANG_WEB_DIR: './dist/web', LOG_LEVEL: 'warn' });
  if (!fs.existsSync(path.join(config.webDir, 'index.html'))) throw new Error('dist/web fehlt: erst npm run build:web ausführen');
  const database = await prepareDatabase(config, { template: await migratedTemplate() });
  let world: T;
  try {
    world = await prepare(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  const running = await startServer(config, { logger: false, database });
  return {
    url: running.url.replace('localhost', '127.0.0.1'),
    world,
    stop: async () => {
      await running.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
