import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../core/db.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const migrationsDir = path.join(root, 'drizzle');
const cacheDir = path.join(root, 'node_modules', '.cache', 'strang');

/** Changes whenever a migration or the embedded database's version does, so a stale dump is never used. */
function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(fs.readFileSync(path.join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json')));
  for (const file of fs.readdirSync(migrationsDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(migrationsDir, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}

let cached: Promise<Blob> | undefined;

/**
 * A dump of a freshly migrated embedded database, made once and kept in node_modules/.cache. A new
 * test database loads it instead of running initdb and every migration again (about 3 s less per
 * test file). Concurrent first runs each write a complete file and rename it into place.
 */
export function migratedTemplate(): Promise<Blob> {
  cached ??= (async () => {
    const file = path.join(cacheDir, `pglite-migrated-${templateKey()}.tar`);
    if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
    const database = await openDatabase({ dataDir: 'memory://' });
    try {
      await database.migrate();
      const client = (database.db as unknown as { $client: PGlite }).$client;
      const dump = await client.dumpDataDir('none');
      fs.mkdirSync(cacheDir, { recursive: true });
      const partial = `${file}.${process.pid}.${Date.now()}`;
      fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      fs.renameSync(partial, file);
      return dump;
    } finally {
      await database.close();
    }
  })();
  return cached;
}
