import { sql } from 'drizzle-orm';
import { buildApp } from './app.js';
import type { Config } from './core/config.js';
import { openDatabase, type Database } from './core/db.js';
import type { AppInstance } from './core/http.js';
import { ensureRootScope, pruneExpired } from './modules/identity/identity.repository.js';
import { modules } from './modules/index.js';

const PRUNE_EVERY_MS = 60 * 60_000;

export interface Running {
  app: AppInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, applies migrations and makes sure the platform root exists; `template` seeds a new embedded one. */
export async function prepareDatabase(config: Config, opts: { template?: Blob } = {}): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, template: opts.template });
  try {
    await database.migrate();
    await ensureRootScope(database.db);
    for (const m of modules) await m.install?.(database.db);
    await refreshStatistics(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

/**
 * The embedded database has no autovacuum, so nothing refreshes the planner's statistics by itself:
 * without them it misjudges filtered lists by orders of magnitude. PostgreSQL servers do this themselves.
 */
export async function refreshStatistics(database: Database): Promise<void> {
  if (database.kind === 'pglite') await database.db.execute(sql`analyze`);
}

/** Each module's periodic work, one after the other. */
export async function runHousekeeping(database: Database, now = new Date()): Promise<void> {
  for (const m of modules) await m.housekeeping?.(database.db, now);
}

export async function startServer(config: Config, opts: { logger?: boolean; database?: Database } = {}): Promise<Running> {
  const database = opts.database ?? (await prepareDatabase(config));
  const app = await buildApp({ config, database, logger: opts.logger ?? true });
  let stopped = false;
  const prune = () =>
    pruneExpired(database.db)
      .then(() => runHousekeeping(database))
      .then(() => refreshStatistics(database))
      .catch((err: Error) => app.log.warn({ msg: err.message }, 'housekeeping failed'));
  const pruneTimer = setInterval(prune, PRUNE_EVERY_MS);
  pruneTimer.unref();
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    clearInterval(pruneTimer);
    await app.close();
    await database.close();
  };
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (err) {
    await stop();
    throw err;
  }
  void prune();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return { app, database, url: `http://localhost:${port}`, stop };
}

/** SIGINT/SIGTERM close HTTP, then the database (PGlite flushes and releases its lock). */
export function stopOnSignals(running: Running, log: (msg: string) => void = console.log): void {
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} empfangen, Strang wird beendet …`);
    running.stop().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
}
