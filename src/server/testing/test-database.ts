import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../core/db.js';
import { migratedTemplate } from './database-template.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * created next to DATABASE_URL on a PostgreSQL server (dropped again on close).
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const database = await openDatabase({ dataDir: 'memory://', template: await migratedTemplate() });
    // Nothing to apply after loading the template; kept so a test database is migrated whatever happens.
    await database.migrate();
    return database;
  }
  const name = `strang_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 4 });
  await database.migrate();
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
