import { randomBytes } from 'node:crypto';
import { roles, type Role } from '../../domain/identity/roles.js';
import type { Db } from '../core/db.js';
import type { AppInstance } from '../core/http.js';
import { newToken, sha256 } from '../core/secrets.js';
import {
  ensureRootScope,
  insertMembership,
  insertOneTimeToken,
  insertUser,
  listMemberships,
  type ScopeRow,
  type TokenPurpose,
} from '../modules/identity/identity.repository.js';
import { buildScope, buildUser, TEST_PASSWORD } from '../testing/factories.js';
import { login, type Session } from '../testing/test-app.js';
import { buildKommune, buildSchool } from '../testing/directory-factories.js';

/** Who calls a route: one of the roles, or nobody signed in. */
export type Caller = Role | 'anonymous';
export const callers: readonly Caller[] = [...roles, 'anonymous'];

/** Where the object a call touches lives, seen from the caller. */
export type Side = 'own' | 'foreign';

export interface WorldScopes {
  root: ScopeRow;
  landA: ScopeRow;
  kommuneA: ScopeRow;
  schuleA: ScopeRow;
  netzwerkA: ScopeRow;
  landB: ScopeRow;
  kommuneB: ScopeRow;
  /** A school in the foreign Kommune B (directory routes). */
  schuleB: ScopeRow;
}

export interface WorldUser {
  id: string;
  email: string;
}

/**
 * Land A with Kommune A (own: a Schule and a Netzwerk) and Land B with Kommune B (foreign),
 * one signed-in user per role in their home scope.
 */
export interface World {
  app: AppInstance;
  db: Db;
  scopes: WorldScopes;
  users: Record<Role, WorldUser>;
  sessions: Record<Role, Session>;
}

/** The scope each role's membership is in. */
export const homeScope: Record<Role, keyof WorldScopes> = {
  administration: 'root',
  landeskoordination: 'landA',
  kommunalkoordination: 'kommuneA',
  schulleitung: 'schuleA',
  fachkraft: 'schuleA',
  mitglied: 'netzwerkA',
  lesend: 'kommuneA',
};

export const uniqueSuffix = () => randomBytes(4).toString('hex');

export async function buildWorld(app: AppInstance, db: Db): Promise<World> {
  const root = await ensureRootScope(db);
  const landA = await buildScope(db, { type: 'land', name: 'Land A' });
  const kommuneA = await buildScope(db, { type: 'kommune', name: 'Kommune A', parentId: landA.id });
  const schuleA = await buildScope(db, { type: 'schule', name: 'Schule A', parentId: kommuneA.id });
  const netzwerkA = await buildScope(db, { type: 'netzwerk', name: 'Netzwerk A', parentId: kommuneA.id });
  const landB = await buildScope(db, { type: 'land', name: 'Land B' });
  const kommuneB = await buildScope(db, { type: 'kommune', name: 'Kommune B', parentId: landB.id });
  await buildKommune(db, { scope: kommuneA });
  await buildKommune(db, { scope: kommuneB });
  await buildSchool(db, { kommuneScope: kommuneA, scope: schuleA });
  const { scope: schuleB } = await buildSchool(db, { kommuneScope: kommuneB, name: 'Schule B' });
  const scopes = { root, landA, kommuneA, schuleA, netzwerkA, landB, kommuneB, schuleB };

  const users = {} as Record<Role, WorldUser>;
  const sessions = {} as Record<Role, Session>;
  for (const role of roles) {
    const user = await buildUser(db, { role, scopeId: scopes[homeScope[role]].id });
    users[role] = { id: user.id, email: user.email };
    sessions[role] = await login(app, user.email, TEST_PASSWORD);
  }
  return { app, db, scopes, users, sessions };
}

/** A second user with the same role and home scope, for calls that end or change the caller's session or account. */
export async function freshCaller(w: World, role: Role): Promise<{ user: WorldUser; session: Session }> {
  const user = await buildUser(w.db, { role, scopeId: w.scopes[homeScope[role]].id });
  return { user: { id: user.id, email: user.email }, session: await login(w.app, user.email, TEST_PASSWORD) };
}

/**
 * The scope a target object is placed in. Foreign is always Kommune B (another Land).
 * Own is the caller's home scope when it lies inside Kommune A, else Kommune A itself.
 */
export function targetScope(w: World, caller: Caller, side: Side): ScopeRow {
  if (side === 'foreign') return w.scopes.kommuneB;
  if (caller === 'anonymous') return w.scopes.kommuneA;
  const home = w.scopes[homeScope[caller]];
  return home.path.startsWith(w.scopes.kommuneA.path) ? home : w.scopes.kommuneA;
}

export interface Target {
  userId: string;
  email: string;
  membershipId: string;
  scope: ScopeRow;
}

/** A person with one membership (default: lesend) in the given scope. */
export async function createTarget(w: World, scope: ScopeRow, role: Role = 'lesend', active = true): Promise<Target> {
  const user = await buildUser(w.db, { role, scopeId: scope.id, active });
  const [membership] = await listMemberships(w.db, [user.id]);
  return { userId: user.id, email: user.email, membershipId: membership!.id, scope };
}

/** A one-time link as the invitation and reset use cases create it; returns the raw token. */
export async function createOneTimeToken(w: World, purpose: TokenPurpose, scope: ScopeRow = w.scopes.kommuneA): Promise<{ token: string; userId: string }> {
  const user = await insertUser(w.db, {
    email: `link-${uniqueSuffix()}@example.org`,
    name: 'Person mit Link',
    passwordHash: purpose === 'invitation' ? null : 'not-a-hash',
  });
  await insertMembership(w.db, { userId: user.id, scopeId: scope.id, role: 'lesend' });
  const token = newToken();
  await insertOneTimeToken(w.db, { id: sha256(token), purpose, userId: user.id, createdBy: null, expiresAt: new Date(Date.now() + 3_600_000) });
  return { token, userId: user.id };
}
