import { and, asc, count, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../core/db.js';
import { scopes } from '../identity/identity.schema.js';
import { kommunen, schulen, sozialraeume } from './directory.schema.js';

export type KommuneRow = typeof kommunen.$inferSelect;
export type SchuleRow = typeof schulen.$inferSelect;
export type SozialraumRow = typeof sozialraeume.$inferSelect;

const CHUNK = 500;

/** Inserts in chunks so a file of thousands of rows stays within parameter limits. */
export async function insertChunked<T extends Record<string, unknown>>(db: DbOrTx, table: typeof kommunen | typeof schulen | typeof scopes, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await db.insert(table).values(rows.slice(i, i + CHUNK) as never);
}

/**
 * A column of the outer query inside a correlated subquery. Drizzle leaves columns of a one-table
 * select unqualified, and inside "(select … from schulen where …)" a bare "id" would be schulen.id.
 */
const outer = (table: typeof kommunen | typeof sozialraeume, column: AnyPgColumn) => sql`${table}.${sql.identifier(column.name)}`;

export const allKommunen = (db: DbOrTx) => db.select().from(kommunen);
export const allSchulen = (db: DbOrTx) => db.select().from(schulen);

export async function findKommune(db: DbOrTx, id: string): Promise<(KommuneRow & { path: string }) | undefined> {
  const [row] = await db.select({ k: kommunen, path: scopes.path }).from(kommunen).innerJoin(scopes, eq(scopes.id, kommunen.id)).where(eq(kommunen.id, id));
  return row ? { ...row.k, path: row.path } : undefined;
}

export async function findSchule(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ schule: schulen, path: scopes.path, kommune: kommunen, sozialraum: sozialraeume })
    .from(schulen)
    .innerJoin(scopes, eq(scopes.id, schulen.id))
    .innerJoin(kommunen, eq(kommunen.id, schulen.kommuneId))
    .leftJoin(sozialraeume, eq(sozialraeume.id, schulen.sozialraumId))
    .where(eq(schulen.id, id));
  return row;
}

export interface SchoolFilter {
  kommuneIds?: string[];
  schulformen?: string[];
  sozialindexMin?: number;
  sozialindexMax?: number;
  ohneSozialindex?: boolean;
  startchancen?: boolean;
  sozialraumId?: string;
  q?: string;
}

export const schoolSortColumns = {
  name: schulen.name,
  schulnummer: schulen.schulnummer,
  schulform: schulen.schulform,
  schueler: schulen.schueler,
  sozialindex: schulen.sozialindex,
  kommune: kommunen.name,
} as const;

function schoolWhere(f: SchoolFilter): SQL | undefined {
  const c: SQL[] = [];
  if (f.kommuneIds) c.push(f.kommuneIds.length ? inArray(schulen.kommuneId, f.kommuneIds) : sql`false`);
  if (f.schulformen?.length) c.push(inArray(schulen.schulform, f.schulformen));
  if (f.sozialindexMin !== undefined) c.push(gte(schulen.sozialindex, f.sozialindexMin));
  if (f.sozialindexMax !== undefined) c.push(lte(schulen.sozialindex, f.sozialindexMax));
  if (f.ohneSozialindex) c.push(sql`${schulen.sozialindex} is null`);
  if (f.startchancen !== undefined) c.push(eq(schulen.startchancen, f.startchancen));
  if (f.sozialraumId) c.push(eq(schulen.sozialraumId, f.sozialraumId));
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    c.push(or(ilike(schulen.name, pattern), ilike(schulen.schulnummer, pattern), ilike(schulen.ort, pattern))!);
  }
  return c.length ? and(...c) : undefined;
}

export async function listSchulen(
  db: DbOrTx,
  f: SchoolFilter & { sort: keyof typeof schoolSortColumns; direction: 'asc' | 'desc'; limit: number; offset: number },
) {
  const where = schoolWhere(f);
  const [total] = await db.select({ n: count() }).from(schulen).innerJoin(kommunen, eq(kommunen.id, schulen.kommuneId)).where(where);
  const column = schoolSortColumns[f.sort];
  const order = f.direction === 'asc' ? sql`${column} asc nulls last` : sql`${column} desc nulls last`;
  const rows = await db
    .select({ schule: schulen, kommuneName: kommunen.name, sozialraumName: sozialraeume.name })
    .from(schulen)
    .innerJoin(kommunen, eq(kommunen.id, schulen.kommuneId))
    .leftJoin(sozialraeume, eq(sozialraeume.id, schulen.sozialraumId))
    .where(where)
    .orderBy(order, asc(schulen.schulnummer))
    .limit(f.limit)
    .offset(f.offset);
  return { rows, total: total?.n ?? 0 };
}

export async function listKommunen(db: DbOrTx, opts: { q?: string; ids?: string[] }) {
  const c: SQL[] = [];
  if (opts.ids) c.push(opts.ids.length ? inArray(kommunen.id, opts.ids) : sql`false`);
  if (opts.q) c.push(or(ilike(kommunen.name, `%${opts.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`), eq(kommunen.ags, opts.q))!);
  return db
    .select({ kommune: kommunen, schulen: sql<number>`(select count(*)::int from ${schulen} where ${schulen.kommuneId} = ${outer(kommunen, kommunen.id)})` })
    .from(kommunen)
    .where(c.length ? and(...c) : undefined)
    .orderBy(asc(kommunen.name));
}

export async function distinctSchulformen(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ schulform: schulen.schulform }).from(schulen).orderBy(asc(schulen.schulform));
  return rows.map((r) => r.schulform);
}

export async function listSozialraeume(db: DbOrTx, kommuneId: string) {
  return db
    .select({ sozialraum: sozialraeume, schulen: sql<number>`(select count(*)::int from ${schulen} where ${schulen.sozialraumId} = ${outer(sozialraeume, sozialraeume.id)})` })
    .from(sozialraeume)
    .where(eq(sozialraeume.kommuneId, kommuneId))
    .orderBy(asc(sozialraeume.name));
}

/**
 * Serialises name changes of the Sozialräume of one Kommune until the transaction ends, so two
 * simultaneous requests cannot both take the same name.
 */
export async function lockSozialraumNames(tx: DbOrTx, kommuneId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sozialraum:${kommuneId}`}))`);
}

/** Whether another Sozialraum of the Kommune has this name, ignoring case. */
export async function sozialraumNameTaken(db: DbOrTx, kommuneId: string, name: string, exceptId?: string): Promise<boolean> {
  const rows = await db.select({ id: sozialraeume.id, name: sozialraeume.name }).from(sozialraeume).where(eq(sozialraeume.kommuneId, kommuneId));
  return rows.some((r) => r.id !== exceptId && r.name.toLowerCase() === name.toLowerCase());
}

export async function findSozialraum(db: DbOrTx, id: string) {
  const [row] = await db.select().from(sozialraeume).where(eq(sozialraeume.id, id));
  return row;
}

