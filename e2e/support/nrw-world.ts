import type { Role } from '../../src/domain/identity/roles.js';
import type { Db } from '../../src/server/core/db.js';
import type { ScopeRow } from '../../src/server/modules/identity/identity.repository.js';
import { buildKommune } from '../../src/server/testing/directory-factories.js';
import { buildScope, buildUser } from '../../src/server/testing/factories.js';

/** Someone who signs in during a spec. */
export interface Person {
  name: string;
  email: string;
  password: string;
}

/** The Land Nordrhein-Westfalen with the given scope code. */
export function buildNrw(db: Db, code: string): Promise<ScopeRow> {
  return buildScope(db, { type: 'land', name: 'Nordrhein-Westfalen', code });
}

/** A Kommune below the Land: its scope (code = AGS) and its directory entry. */
export async function buildKommuneIn(db: Db, landId: string, name: string, ags: string): Promise<ScopeRow> {
  const scope = await buildScope(db, { type: 'kommune', name, code: ags, parentId: landId });
  await buildKommune(db, { scope, name, ags });
  return scope;
}

/** The person's account (password TEST_PASSWORD) with one membership; returns the user id. */
export async function buildPerson(db: Db, person: Person, role: Role, scopeId?: string): Promise<string> {
  return (await buildUser(db, { role, scopeId, name: person.name, email: person.email })).id;
}

/** A signed-in HTTP client of the running server (cookie and CSRF token like the web app). */
export async function apiClient(baseUrl: string, person: Person) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: person.password }),
  });
  if (!login.ok) throw new Error(`Anmeldung fehlgeschlagen: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith('strang_session='))!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async function send<R>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<R> {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as R;
  };
}
