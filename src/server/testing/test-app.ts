import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../core/config.js';
import type { Database } from '../core/db.js';
import type { AppInstance } from '../core/http.js';
import { ensureRootScope } from '../modules/identity/identity.repository.js';
import { modules } from '../modules/index.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: AppInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  await ensureRootScope(database.db);
  // As at every start: content each installation has (the context catalogue).
  for (const m of modules) await m.install?.(database.db);
  const config = loadConfig({ STRANG_DATA_DIR: 'memory://', STRANG_WEB_DIR: './dist/web', ...env });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in client: keeps the session cookie and sends the CSRF token like the web app does. */
export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
}

export function sessionFrom(res: LightMyRequestResponse): Session {
  const setCookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('strang_session='));
  if (!setCookie) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  const body = res.json() as { csrfToken: string; user: { id: string } };
  return { cookie: setCookie.split(';')[0]!, csrfToken: body.csrfToken, userId: body.user.id };
}

export async function login(app: AppInstance, email: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  return sessionFrom(res);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export function call(app: AppInstance, session: Session | null, method: Method, url: string, payload?: unknown) {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
  }
  return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}
