import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/server/core/config.js';
import { startServer } from '../../src/server/runtime.js';

/** The real app on a random port with a fresh embedded database and the built web assets. */
export async function startTestServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'strang-e2e-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', STRANG_DATA_DIR: dataDir, STRANG_WEB_DIR: './dist/web', LOG_LEVEL: 'warn' });
  if (!fs.existsSync(path.join(config.webDir, 'index.html'))) throw new Error('dist/web fehlt: erst npm run build:web ausführen');
  const running = await startServer(config, { logger: false });
  return {
    url: running.url.replace('localhost', '127.0.0.1'),
    stop: async () => {
      await running.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
