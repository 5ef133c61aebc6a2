import { and, asc, count, eq, gte, inArray, isNotNull, isNull, like, lt, ne, or, sql } from 'drizzle-orm';
import type { NetzwerkRolle } from '../../../domain/networks/vocabulary.js';
import type { DbOrTx } from '../../core/db.js';
import { kommunen } from '../directory/directory.schema.js';
import { scopes, users } from '../identity/identity.schema.js';
import { anmeldungen, netzwerke, netzwerkKommunen, netzwerkMitglieder, sitzungsreihen, treffen } from './networks.schema.js';

export type NetzwerkRow = typeof netzwerke.$inferSelect;
export type ReiheRow = typeof sitzungsreihen.$inferSelect;
export type TreffenRow = typeof treffen.$inferSelect;
export type NewTreffenRow = typeof treffen.$inferInsert;

// ---- Kommunen and Länder -------------------------------------------------

export interface KommuneScope {
  id: string;
  name: string;
  ags: string;
  path: string;
}

export async function kommunenWithPaths(db: DbOrTx, ids: string[]): Promise<KommuneScope[]> {
  if (!ids.length) return [];
  return db
    .select({ id: kommunen.id, name: kommunen.name, ags: kommunen.ags, path: scopes.path })
    .from(kommunen)
    .innerJoin(scopes, eq(scopes.id, kommunen.id))
    .where(inArray(kommunen.id, ids));
}

/** Kommunen at or below any of the paths, by name. */
export async function kommunenUnder(db: DbOrTx, paths: string[], q?: string): Promise<KommuneScope[]> {
  if (!paths.length) return [];
  const inside = or(...paths.map((p) => like(scopes.path, `${p}%`)))!;
  const named = q ? sql`${kommunen.name} ilike ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined;
  return db
    .select({ id: kommunen.id, name: kommunen.name, ags: kommunen.ags, path: scopes.path })
    .from(kommunen)
    .innerJoin(scopes, eq(scopes.id, kommunen.id))
    .where(and(inside, named))
    .orderBy(asc(kommunen.name), asc(kommunen.id));
}

export interface LandScope {
  id: string;
  code: string | null;
  path: string;
}

/** The Land scope on each path (materialised paths list every ancestor's id). */
export async function landScopesOn(db: DbOrTx, paths: string[]): Promise<Map<string, LandScope>> {
  const ids = [...new Set(paths.flatMap((p) => p.split('/').filter(Boolean)))];
  if (!ids.length) return new Map();
  const rows = await db.select({ id: scopes.id, code: scopes.code, path: scopes.path }).from(scopes).where(and(eq(scopes.type, 'land'), inArray(scopes.id, ids)));
  const out = new Map<string, LandScope>();
  for (const path of paths) {
    const land = rows.find((r) => path.startsWith(r.path));
    if (land) out.set(path, land);
  }
  return out;
}

export async function landScopesByCode(db: DbOrTx, codes: string[]): Promise<LandScope[]> {
  if (!codes.length) return [];
  return db.select({ id: scopes.id, code: scopes.code, path: scopes.path }).from(scopes).where(and(eq(scopes.type, 'land'), inArray(scopes.code, codes)));
}

export async function scopePath(db: DbOrTx, id: string): Promise<string | undefined> {
  const [row] = await db.select({ path: scopes.path }).from(scopes).where(eq(scopes.id, id));
  return row?.path;
}

// ---- Netzwerke -----------------------------------------------------------

/** Locks the network row for the rest of the transaction (member changes check the last moderation). */
export async function lockNetzwerk(tx: DbOrTx, id: string): Promise<void> {
  await tx.select({ id: netzwerke.id }).from(netzwerke).where(eq(netzwerke.id, id)).for('update');
}

/** The networks a person belongs to, with their role, by name. */
export async function netzwerkeOfMember(db: DbOrTx, userId: string, archived: boolean) {
  return db
    .select({ netzwerk: netzwerke, rolle: netzwerkMitglieder.rolle })
    .from(netzwerkMitglieder)
    .innerJoin(netzwerke, eq(netzwerke.id, netzwerkMitglieder.netzwerkId))
    .where(and(eq(netzwerkMitglieder.userId, userId), archived ? isNotNull(netzwerke.archiviertAm) : isNull(netzwerke.archiviertAm)))
    .orderBy(asc(netzwerke.name), asc(netzwerke.id));
}

export async function otherActiveNetzwerkeOf(db: DbOrTx, userId: string, exceptId: string) {
  return db
    .select({ id: netzwerke.id, name: netzwerke.name })
    .from(netzwerkMitglieder)
    .innerJoin(netzwerke, eq(netzwerke.id, netzwerkMitglieder.netzwerkId))
    .where(and(eq(netzwerkMitglieder.userId, userId), ne(netzwerke.id, exceptId), isNull(netzwerke.archiviertAm)))
    .orderBy(asc(netzwerke.name), asc(netzwerke.id));
}

export async function kommunenOf(db: DbOrTx, netzwerkIds: string[]): Promise<Map<string, { id: string; name: string }[]>> {
  const out = new Map<string, { id: string; name: string }[]>();
  if (!netzwerkIds.length) return out;
  const rows = await db
    .select({ netzwerkId: netzwerkKommunen.netzwerkId, id: kommunen.id, name: kommunen.name })
    .from(netzwerkKommunen)
    .innerJoin(kommunen, eq(kommunen.id, netzwerkKommunen.kommuneId))
    .where(inArray(netzwerkKommunen.netzwerkId, netzwerkIds))
    .orderBy(asc(kommunen.name));
  for (const r of rows) out.set(r.netzwerkId, [...(out.get(r.netzwerkId) ?? []), { id: r.id, name: r.name }]);
  return out;
}

export async function memberCounts(db: DbOrTx, netzwerkIds: string[]): Promise<Map<string, number>> {
  if (!netzwerkIds.length) return new Map();
  const rows = await db
    .select({ id: netzwerkMitglieder.netzwerkId, n: count() })
    .from(netzwerkMitglieder)
    .where(inArray(netzwerkMitglieder.netzwerkId, netzwerkIds))
    .groupBy(netzwerkMitglieder.netzwerkId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** The next meeting of each network that is not cancelled. */
export async function nextTreffen(db: DbOrTx, netzwerkIds: string[], after: Date): Promise<Map<string, { id: string; titel: string; beginn: Date }>> {
  if (!netzwerkIds.length) return new Map();
  const rows = await db
    .selectDistinctOn([treffen.netzwerkId], { netzwerkId: treffen.netzwerkId, id: treffen.id, titel: treffen.titel, beginn: treffen.beginn })
    .from(treffen)
    .where(and(inArray(treffen.netzwerkId, netzwerkIds), eq(treffen.status, 'geplant'), gte(treffen.beginn, after)))
    .orderBy(treffen.netzwerkId, asc(treffen.beginn), asc(treffen.id));
  return new Map(rows.map((r) => [r.netzwerkId, { id: r.id, titel: r.titel, beginn: r.beginn }]));
}

export async function insertNetzwerk(db: DbOrTx, values: typeof netzwerke.$inferInsert): Promise<NetzwerkRow> {
  const [row] = await db.insert(netzwerke).values(values).returning();
  return row!;
}

/** Optimistic update: only when the stored version is the one the client saw. */
export async function updateNetzwerkVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<Pick<NetzwerkRow, 'name' | 'beschreibung' | 'ebene' | 'schwerpunkt' | 'land' | 'traegerScopeId' | 'archiviertAm'>>,
): Promise<NetzwerkRow | undefined> {
  const [row] = await db
    .update(netzwerke)
    .set({ ...patch, version: sql`${netzwerke.version} + 1`, aktualisiertAm: new Date() })
    .where(and(eq(netzwerke.id, id), eq(netzwerke.version, version)))
    .returning();
  return row;
}

export async function kommuneIdsOf(db: DbOrTx, netzwerkId: string): Promise<string[]> {
  const rows = await db.select({ id: netzwerkKommunen.kommuneId }).from(netzwerkKommunen).where(eq(netzwerkKommunen.netzwerkId, netzwerkId));
  return rows.map((r) => r.id);
}

export async function replaceKommunen(db: DbOrTx, netzwerkId: string, kommuneIds: string[]): Promise<void> {
  await db.delete(netzwerkKommunen).where(eq(netzwerkKommunen.netzwerkId, netzwerkId));
  if (kommuneIds.length) await db.insert(netzwerkKommunen).values(kommuneIds.map((kommuneId) => ({ netzwerkId, kommuneId })));
}

// ---- Mitglieder ----------------------------------------------------------

export async function listMitglieder(db: DbOrTx, netzwerkId: string) {
  return db
    .select({ userId: netzwerkMitglieder.userId, name: users.name, rolle: netzwerkMitglieder.rolle, seit: netzwerkMitglieder.seit })
    .from(netzwerkMitglieder)
    .innerJoin(users, eq(users.id, netzwerkMitglieder.userId))
    .where(eq(netzwerkMitglieder.netzwerkId, netzwerkId))
    .orderBy(asc(users.name), asc(users.id));
}

export async function findMitglied(db: DbOrTx, netzwerkId: string, userId: string) {
  const [row] = await db
    .select({ userId: netzwerkMitglieder.userId, name: users.name, rolle: netzwerkMitglieder.rolle, seit: netzwerkMitglieder.seit })
    .from(netzwerkMitglieder)
    .innerJoin(users, eq(users.id, netzwerkMitglieder.userId))
    .where(and(eq(netzwerkMitglieder.netzwerkId, netzwerkId), eq(netzwerkMitglieder.userId, userId)));
  return row;
}

/** Inserts a membership; undefined when the person belongs to the network already. */
export async function insertMitglied(db: DbOrTx, values: { netzwerkId: string; userId: string; rolle: NetzwerkRolle }) {
  const [row] = await db.insert(netzwerkMitglieder).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateMitgliedRolle(db: DbOrTx, netzwerkId: string, userId: string, rolle: NetzwerkRolle): Promise<void> {
  await db
    .update(netzwerkMitglieder)
    .set({ rolle })
    .where(and(eq(netzwerkMitglieder.netzwerkId, netzwerkId), eq(netzwerkMitglieder.userId, userId)));
}

export async function deleteMitglied(db: DbOrTx, netzwerkId: string, userId: string): Promise<void> {
  await db.delete(netzwerkMitglieder).where(and(eq(netzwerkMitglieder.netzwerkId, netzwerkId), eq(netzwerkMitglieder.userId, userId)));
}

export async function countModeration(db: DbOrTx, netzwerkId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(netzwerkMitglieder)
    .where(and(eq(netzwerkMitglieder.netzwerkId, netzwerkId), eq(netzwerkMitglieder.rolle, 'moderation')));
  return row?.n ?? 0;
}

// ---- Reihen und Treffen --------------------------------------------------

export async function insertReihe(db: DbOrTx, values: typeof sitzungsreihen.$inferInsert): Promise<ReiheRow> {
  const [row] = await db.insert(sitzungsreihen).values(values).returning();
  return row!;
}

export async function insertTreffen(db: DbOrTx, rows: NewTreffenRow[]): Promise<TreffenRow[]> {
  const out: TreffenRow[] = [];
  for (let i = 0; i < rows.length; i += 200) out.push(...(await db.insert(treffen).values(rows.slice(i, i + 200)).returning()));
  return out;
}

export async function listReihen(db: DbOrTx, netzwerkId: string): Promise<ReiheRow[]> {
  return db.select().from(sitzungsreihen).where(eq(sitzungsreihen.netzwerkId, netzwerkId)).orderBy(asc(sitzungsreihen.beginn), asc(sitzungsreihen.id));
}

/** Planned (not cancelled) meetings per series. */
export async function plannedCounts(db: DbOrTx, reiheIds: string[]): Promise<Map<string, number>> {
  if (!reiheIds.length) return new Map();
  const rows = await db
    .select({ id: treffen.reiheId, n: count() })
    .from(treffen)
    .where(and(inArray(treffen.reiheId, reiheIds), eq(treffen.status, 'geplant')))
    .groupBy(treffen.reiheId);
  return new Map(rows.map((r) => [r.id!, r.n]));
}

export async function treffenBetween(db: DbOrTx, netzwerkId: string, from: Date, to: Date): Promise<TreffenRow[]> {
  return db
    .select()
    .from(treffen)
    .where(and(eq(treffen.netzwerkId, netzwerkId), gte(treffen.beginn, from), lt(treffen.beginn, to)))
    .orderBy(asc(treffen.beginn), asc(treffen.id));
}

/** The caller's registration status per meeting. */
export async function anmeldeStatusOf(db: DbOrTx, userId: string, treffenIds: string[]): Promise<Map<string, string>> {
  if (!treffenIds.length) return new Map();
  const rows = await db
    .select({ id: anmeldungen.treffenId, status: anmeldungen.status })
    .from(anmeldungen)
    .where(and(eq(anmeldungen.userId, userId), inArray(anmeldungen.treffenId, treffenIds)));
  return new Map(rows.map((r) => [r.id, r.status]));
}
