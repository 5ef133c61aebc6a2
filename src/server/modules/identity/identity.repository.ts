import { and, asc, count, eq, gt, ilike, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Role, ScopeType } from '../../../domain/identity/roles.js';
import type { DbOrTx } from '../../core/db.js';
import { loginFailures, memberships, oneTimeTokens, scopes, sessions, users } from './identity.schema.js';

export type UserRow = typeof users.$inferSelect;
export type ScopeRow = typeof scopes.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export const ROOT_SCOPE_CODE = 'plattform';

// ---- scopes -------------------------------------------------------------

export async function findRootScope(db: DbOrTx): Promise<ScopeRow | undefined> {
  const [row] = await db.select().from(scopes).where(and(eq(scopes.type, 'plattform'), eq(scopes.code, ROOT_SCOPE_CODE)));
  return row;
}

export async function ensureRootScope(db: DbOrTx): Promise<ScopeRow> {
  const existing = await findRootScope(db);
  if (existing) return existing;
  const id = crypto.randomUUID();
  await db
    .insert(scopes)
    .values({ id, type: 'plattform', name: 'Gesamte Plattform', code: ROOT_SCOPE_CODE, parentId: null, path: `/${id}/` })
    .onConflictDoNothing();
  return (await findRootScope(db))!;
}

export async function findScope(db: DbOrTx, id: string): Promise<ScopeRow | undefined> {
  const [row] = await db.select().from(scopes).where(eq(scopes.id, id));
  return row;
}

export async function findScopeByCode(db: DbOrTx, type: ScopeType, code: string): Promise<ScopeRow | undefined> {
  const [row] = await db.select().from(scopes).where(and(eq(scopes.type, type), eq(scopes.code, code)));
  return row;
}

export async function insertScope(
  db: DbOrTx,
  values: { type: ScopeType; name: string; code: string | null; parent: ScopeRow },
): Promise<ScopeRow> {
  const id = crypto.randomUUID();
  const [row] = await db
    .insert(scopes)
    .values({ id, type: values.type, name: values.name, code: values.code, parentId: values.parent.id, path: `${values.parent.path}${id}/` })
    .returning();
  return row!;
}

/** Scopes at or below any of the given paths, in tree order. */
export async function listScopesUnder(db: DbOrTx, paths: string[]): Promise<ScopeRow[]> {
  if (!paths.length) return [];
  return db
    .select()
    .from(scopes)
    .where(or(...paths.map((p) => like(scopes.path, `${p}%`))))
    .orderBy(asc(scopes.path));
}

// ---- users --------------------------------------------------------------

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}

export async function findUser(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(db: DbOrTx, values: { email: string; name: string; passwordHash: string | null; active?: boolean }): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

/** Optimistic update: only succeeds when the stored version is the one the client saw. */
export async function updateUserVersioned(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  patch: Partial<Pick<UserRow, 'name' | 'locale' | 'active' | 'passwordHash'>>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...patch, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
    .returning();
  return row;
}

export async function touchLogin(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, id)).returning();
  return row;
}

/** Users with at least one membership under one of the paths (or all users when `everyone` is set). */
export async function listUsersUnder(
  db: DbOrTx,
  opts: { paths: string[]; q?: string; scopePath?: string; limit: number; offset: number; everyone?: boolean },
): Promise<{ rows: UserRow[]; total: number }> {
  if (!opts.paths.length) return { rows: [], total: 0 };
  const scopeFilter = or(...opts.paths.map((p) => like(scopes.path, `${p}%`)))!;
  // `everyone`: the caller covers the platform root, so people without any membership are listed too.
  const conditions: SQL[] = opts.everyone
    ? []
    : [
        inArray(
          users.id,
          db
            .select({ id: memberships.userId })
            .from(memberships)
            .innerJoin(scopes, eq(scopes.id, memberships.scopeId))
            .where(opts.scopePath ? and(scopeFilter, like(scopes.path, `${opts.scopePath}%`)) : scopeFilter),
        ),
      ];
  if (opts.q) {
    const pattern = `%${opts.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  const where = and(...conditions);
  const [totalRow] = await db.select({ n: count() }).from(users).where(where);
  const rows = await db.select().from(users).where(where).orderBy(asc(users.name), asc(users.id)).limit(opts.limit).offset(opts.offset);
  return { rows, total: totalRow?.n ?? 0 };
}

// ---- memberships --------------------------------------------------------

export async function listMemberships(db: DbOrTx, userIds: string[]) {
  if (!userIds.length) return [];
  return db
    .select({ id: memberships.id, userId: memberships.userId, role: memberships.role, scope: scopes })
    .from(memberships)
    .innerJoin(scopes, eq(scopes.id, memberships.scopeId))
    .where(inArray(memberships.userId, userIds))
    .orderBy(asc(scopes.path), asc(memberships.role));
}

export async function findMembership(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: memberships.id, userId: memberships.userId, role: memberships.role, scope: scopes })
    .from(memberships)
    .innerJoin(scopes, eq(scopes.id, memberships.scopeId))
    .where(eq(memberships.id, id));
  return row;
}

export async function insertMembership(db: DbOrTx, values: { userId: string; scopeId: string; role: Role }) {
  const [row] = await db.insert(memberships).values(values).onConflictDoNothing().returning();
  return row;
}

export async function deleteMembership(db: DbOrTx, id: string): Promise<void> {
  await db.delete(memberships).where(eq(memberships.id, id));
}

// ---- sessions -----------------------------------------------------------

export async function insertSession(db: DbOrTx, values: { id: string; userId: string; csrfToken: string; expiresAt: Date }): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function findLiveSession(db: DbOrTx, id: string): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date())));
  return row;
}

export async function touchSession(db: DbOrTx, id: string, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: new Date(), expiresAt }).where(eq(sessions.id, id));
}

export async function revokeSession(db: DbOrTx, id: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

export async function revokeUserSessions(db: DbOrTx, userId: string, exceptId?: string): Promise<void> {
  const cond = [eq(sessions.userId, userId), isNull(sessions.revokedAt)];
  if (exceptId) cond.push(sql`${sessions.id} <> ${exceptId}`);
  await db.update(sessions).set({ revokedAt: new Date() }).where(and(...cond));
}

// ---- one-time tokens ----------------------------------------------------

export type TokenPurpose = 'invitation' | 'password_reset';

export async function insertOneTimeToken(
  db: DbOrTx,
  values: { id: string; purpose: TokenPurpose; userId: string; createdBy: string | null; expiresAt: Date },
): Promise<void> {
  // A new link replaces older unused ones of the same purpose.
  await db
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(oneTimeTokens.userId, values.userId), eq(oneTimeTokens.purpose, values.purpose), isNull(oneTimeTokens.usedAt)));
  await db.insert(oneTimeTokens).values(values);
}

export async function findUsableToken(db: DbOrTx, id: string, purpose: TokenPurpose) {
  const [row] = await db
    .select()
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.id, id), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, new Date())));
  return row;
}

/** Marks the token used; false when someone else used it first. */
export async function consumeToken(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(oneTimeTokens.id, id), isNull(oneTimeTokens.usedAt)))
    .returning({ id: oneTimeTokens.id });
  return rows.length === 1;
}

// ---- login failures -----------------------------------------------------

export async function recentFailures(db: DbOrTx, key: string, since: Date): Promise<{ n: number; oldest: Date | null }> {
  const [row] = await db
    .select({ n: count(), oldest: sql<string | null>`min(${loginFailures.at})` })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)));
  return { n: row?.n ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

export async function recordFailure(db: DbOrTx, keys: string[]): Promise<void> {
  await db.insert(loginFailures).values(keys.map((key) => ({ key })));
}

export async function clearFailures(db: DbOrTx, key: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.key, key));
}

export async function pruneFailures(db: DbOrTx, before: Date): Promise<void> {
  await db.delete(loginFailures).where(sql`${loginFailures.at} < ${before}`);
}


/** Expired or revoked sessions and used or expired links older than a day are of no use to anyone. */
export async function pruneExpired(db: DbOrTx): Promise<void> {
  const dayAgo = new Date(Date.now() - 86_400_000);
  await db.delete(sessions).where(or(sql`${sessions.expiresAt} < ${dayAgo}`, sql`${sessions.revokedAt} < ${dayAgo}`));
  await db.delete(oneTimeTokens).where(or(sql`${oneTimeTokens.expiresAt} < ${dayAgo}`, sql`${oneTimeTokens.usedAt} < ${dayAgo}`));
  await db.delete(loginFailures).where(sql`${loginFailures.at} < ${dayAgo}`);
}

/**
 * Active platform administrators other than the given user or membership. Takes an advisory lock
 * first, so two administrators cannot remove or deactivate each other at the same moment.
 */
export async function lockAndCountOtherPlatformAdmins(db: DbOrTx, exclude: { userId?: string; membershipId?: string }): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(7710002)`);
  const conditions: SQL[] = [eq(memberships.role, 'administration'), eq(scopes.type, 'plattform'), eq(users.active, true)];
  if (exclude.userId) conditions.push(sql`${users.id} <> ${exclude.userId}`);
  if (exclude.membershipId) conditions.push(sql`${memberships.id} <> ${exclude.membershipId}`);
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${users.id})::int` })
    .from(memberships)
    .innerJoin(scopes, eq(scopes.id, memberships.scopeId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(...conditions));
  return row?.n ?? 0;
}
