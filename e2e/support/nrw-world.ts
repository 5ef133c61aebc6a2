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
