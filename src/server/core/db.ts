import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies pending migrations from drizzle/. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

/** True when a unique index refused the row (PostgreSQL 23505), also when wrapped by the query builder. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

export class DataDirLockedError extends Error {
  constructor(dir: string) {
    super(
      `Das Datenverzeichnis ${dir} wird bereits von einem anderen Strang-Prozess verwendet. ` +
        `Beenden Sie diesen zuerst oder wählen Sie mit STRANG_DATA_DIR ein anderes Verzeichnis. / ` +
        `The data directory ${dir} is in use by another Strang process.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface OpenOptions {
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
  /** Embedded database only: the files of a new data directory come from this dump instead of a fresh initdb. */
  template?: Blob;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  return openPglite(opts.dataDir, opts.template);
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection closed by the server (restart, dropped database) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', () => {});
  // Fail now with a clear message rather than on the first request.
  const client = await pool.connect().catch(async (err: Error) => {
    await pool.end();
    throw new Error(`Keine Verbindung zur PostgreSQL-Datenbank / cannot connect to PostgreSQL: ${err.message}`);
  });
  client.release();
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePg(db as never, { migrationsFolder }),
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string, template?: Blob): Promise<Database> {
  if (dataDir === 'memory://') return openPgliteInMemory(template);
  fs.mkdirSync(dataDir, { recursive: true });
  // PGlite is single-process; a lock next to its files keeps a second process from corrupting them.
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, { lockfilePath: path.join(dataDir, 'strang.lock'), stale: 15_000, update: 5_000 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw err;
  }
  let client: PGlite;
  try {
    const pgdata = path.join(dataDir, 'pgdata');
    client = await PGlite.create(pgdata, template && !fs.existsSync(pgdata) ? { loadDataDir: template } : {});
  } catch (err) {
    await release();
    throw err;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
      await release();
    },
  };
}

/** For tests: nothing on disk, so no lock is needed. */
async function openPgliteInMemory(template?: Blob): Promise<Database> {
  const client = await PGlite.create(template ? { loadDataDir: template } : {});
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
  };
}
