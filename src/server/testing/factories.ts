import { randomBytes } from 'node:crypto';
import type { Role, ScopeType } from '../../domain/identity/roles.js';
import type { Db } from '../core/db.js';
import { hashPassword } from '../core/secrets.js';
import { ensureRootScope, findScope, insertMembership, insertScope, insertUser, type ScopeRow } from '../modules/identity/identity.repository.js';

export const TEST_PASSWORD = 'Test-Passwort-123';
let cachedHash: Promise<string> | undefined;
const testHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

const uid = () => randomBytes(4).toString('hex');

const parentType: Record<Exclude<ScopeType, 'plattform'>, ScopeType> = {
  land: 'plattform',
  kommune: 'land',
  schule: 'kommune',
  netzwerk: 'kommune',
};

/** Creates a scope and, when no parent is given, the parents it needs. */
export async function buildScope(db: Db, overrides: { type?: Exclude<ScopeType, 'plattform'>; name?: string; code?: string; parentId?: string } = {}): Promise<ScopeRow> {
  const type = overrides.type ?? 'kommune';
  let parent: ScopeRow | undefined = overrides.parentId ? await findScope(db, overrides.parentId) : undefined;
  if (!parent) {
    const needed = parentType[type];
    parent = needed === 'plattform' ? await ensureRootScope(db) : await buildScope(db, { type: needed as Exclude<ScopeType, 'plattform'> });
  }
  return insertScope(db, { type, name: overrides.name ?? `${type} ${uid()}`, code: overrides.code ?? `${type}-${uid()}`, parent });
}

/** A user with a password (TEST_PASSWORD) and a membership; creates the scope if none is given. */
export async function buildUser(db: Db, overrides: { role?: Role; scopeId?: string; email?: string; name?: string; active?: boolean } = {}) {
  const role = overrides.role ?? 'mitglied';
  const scopeId = overrides.scopeId ?? (role === 'administration' ? (await ensureRootScope(db)).id : (await buildScope(db)).id);
  const user = await insertUser(db, {
    email: overrides.email ?? `person-${uid()}@example.org`,
    name: overrides.name ?? `Person ${uid()}`,
    passwordHash: await testHash(),
    active: overrides.active ?? true,
  });
  await insertMembership(db, { userId: user.id, scopeId, role });
  return { ...user, scopeId };
}
