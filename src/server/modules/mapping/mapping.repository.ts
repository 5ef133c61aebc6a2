import { aliasedTable, and, asc, count, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../core/db.js';
import { scopes } from '../identity/identity.schema.js';
import { kommunen, schulen } from '../directory/directory.schema.js';
import { akteure, akteurStandorte, akteurTypen, angebote, angebotStandorte, kooperationen } from './mapping.schema.js';

export type AkteurRow = typeof akteure.$inferSelect;
export type AngebotRow = typeof angebote.$inferSelect;
export type KooperationRow = typeof kooperationen.$inferSelect;

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Scope paths of those ids that are schools of the Kommune. */
export async function schoolPathsIn(db: DbOrTx, kommuneId: string, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: schulen.id, path: scopes.path })
    .from(schulen)
    .innerJoin(scopes, eq(scopes.id, schulen.id))
    .where(and(eq(schulen.kommuneId, kommuneId), inArray(schulen.id, ids)));
  return new Map(rows.map((r) => [r.id, r.path]));
}

export async function siteNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: schulen.id, name: schulen.name }).from(schulen).where(inArray(schulen.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function kommuneNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: kommunen.id, name: kommunen.name }).from(kommunen).where(inArray(kommunen.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ---- actor types --------------------------------------------------------

export const customTypes = (db: DbOrTx, kommuneId: string) =>
  db.select().from(akteurTypen).where(eq(akteurTypen.kommuneId, kommuneId)).orderBy(asc(akteurTypen.label));

export async function insertCustomType(db: DbOrTx, values: { kommuneId: string; code: string; label: string }) {
  const [row] = await db.insert(akteurTypen).values(values).onConflictDoNothing().returning();
  return row;
}

// ---- sites of entries ---------------------------------------------------

export async function sitesOf(db: DbOrTx, table: 'akteur' | 'angebot', ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!ids.length) return out;
  const rows =
    table === 'akteur'
      ? await db.select({ owner: akteurStandorte.akteurId, site: akteurStandorte.schuleId }).from(akteurStandorte).where(inArray(akteurStandorte.akteurId, ids))
      : await db.select({ owner: angebotStandorte.angebotId, site: angebotStandorte.schuleId }).from(angebotStandorte).where(inArray(angebotStandorte.angebotId, ids));
  for (const r of rows) out.set(r.owner, [...(out.get(r.owner) ?? []), r.site]);
  return out;
}

export async function replaceSites(db: DbOrTx, table: 'akteur' | 'angebot', ownerId: string, siteIds: string[]): Promise<void> {
  const unique = [...new Set(siteIds)];
  if (table === 'akteur') {
    await db.delete(akteurStandorte).where(eq(akteurStandorte.akteurId, ownerId));
    if (unique.length) await db.insert(akteurStandorte).values(unique.map((schuleId) => ({ akteurId: ownerId, schuleId })));
  } else {
    await db.delete(angebotStandorte).where(eq(angebotStandorte.angebotId, ownerId));
    if (unique.length) await db.insert(angebotStandorte).values(unique.map((schuleId) => ({ angebotId: ownerId, schuleId })));
  }
}

// ---- listing ------------------------------------------------------------

/** Which entries of a Kommune a caller sees: all for members, shared ones for everyone else. */
export interface Visibility {
  kommuneId: string;
  all: boolean;
}

const archivedFilter = (column: typeof akteure.archiviertAm | typeof angebote.archiviertAm | typeof kooperationen.archiviertAm, archived: boolean) =>
  archived ? isNotNull(column) : isNull(column);

export async function listAkteure(
  db: DbOrTx,
  v: Visibility,
  f: { q?: string; typ?: string; kreis?: string; standortId?: string; archiviert: boolean; limit: number; offset: number },
) {
  const c: SQL[] = [eq(akteure.kommuneId, v.kommuneId), archivedFilter(akteure.archiviertAm, f.archiviert)];
  if (!v.all) c.push(eq(akteure.geteilt, true));
  if (f.q) c.push(or(ilike(akteure.name, like(f.q)), ilike(akteure.beschreibung, like(f.q)))!);
  if (f.typ) c.push(eq(akteure.typ, f.typ));
  if (f.kreis) c.push(eq(akteure.kreis, f.kreis));
  if (f.standortId) c.push(inArray(akteure.id, db.select({ id: akteurStandorte.akteurId }).from(akteurStandorte).where(eq(akteurStandorte.schuleId, f.standortId))));
  const where = and(...c);
  const [total] = await db.select({ n: count() }).from(akteure).where(where);
  const rows = await db.select().from(akteure).where(where).orderBy(asc(akteure.name), asc(akteure.id)).limit(f.limit).offset(f.offset);
  return { rows, total: total?.n ?? 0 };
}

export async function listAngebote(
  db: DbOrTx,
  v: Visibility,
  f: {
    q?: string;
    handlungsfeld?: string;
    ebene?: string;
    altersphase?: string;
    finanzierung?: string;
    status?: string;
    akteurId?: string;
    standortId?: string;
    archiviert: boolean;
    limit: number;
    offset: number;
  },
) {
  const c: SQL[] = [eq(angebote.kommuneId, v.kommuneId), archivedFilter(angebote.archiviertAm, f.archiviert)];
  if (!v.all) c.push(eq(angebote.geteilt, true));
  if (f.q) c.push(or(ilike(angebote.titel, like(f.q)), ilike(angebote.beschreibung, like(f.q)), ilike(angebote.zielgruppe, like(f.q)))!);
  if (f.handlungsfeld) c.push(eq(angebote.handlungsfeld, f.handlungsfeld));
  if (f.ebene) c.push(eq(angebote.ebene, f.ebene));
  if (f.altersphase) c.push(sql`${f.altersphase} = any(${angebote.altersphasen})`);
  if (f.finanzierung) c.push(eq(angebote.finanzierung, f.finanzierung));
  if (f.status) c.push(eq(angebote.status, f.status));
  if (f.akteurId) c.push(eq(angebote.akteurId, f.akteurId));
  if (f.standortId) c.push(inArray(angebote.id, db.select({ id: angebotStandorte.angebotId }).from(angebotStandorte).where(eq(angebotStandorte.schuleId, f.standortId))));
  const where = and(...c);
  const [total] = await db.select({ n: count() }).from(angebote).where(where);
  const rows = await db.select().from(angebote).where(where).orderBy(asc(angebote.titel), asc(angebote.id)).limit(f.limit).offset(f.offset);
  return { rows, total: total?.n ?? 0 };
}

export async function listKooperationen(
  db: DbOrTx,
  v: Visibility,
  f: { akteurId?: string; standortId?: string; typ?: string; archiviert: boolean; limit: number; offset: number },
) {
  const a = aliasedTable(akteure, 'a');
  const b = aliasedTable(akteure, 'b');
  const c: SQL[] = [eq(kooperationen.kommuneId, v.kommuneId), archivedFilter(kooperationen.archiviertAm, f.archiviert)];
  // A cooperation is as visible as both of its actors.
  if (!v.all) c.push(eq(a.geteilt, true), eq(b.geteilt, true));
  if (f.akteurId) c.push(or(eq(kooperationen.akteurAId, f.akteurId), eq(kooperationen.akteurBId, f.akteurId))!);
  if (f.standortId) c.push(eq(kooperationen.schuleId, f.standortId));
  if (f.typ) c.push(eq(kooperationen.typ, f.typ));
  const where = and(...c);
  const base = db
    .select({ k: kooperationen, aName: a.name, bName: b.name, standortName: schulen.name })
    .from(kooperationen)
    .innerJoin(a, eq(a.id, kooperationen.akteurAId))
    .innerJoin(b, eq(b.id, kooperationen.akteurBId))
    .leftJoin(schulen, eq(schulen.id, kooperationen.schuleId));
  const [total] = await db.select({ n: count() }).from(kooperationen).innerJoin(a, eq(a.id, kooperationen.akteurAId)).innerJoin(b, eq(b.id, kooperationen.akteurBId)).where(where);
  const rows = await base.where(where).orderBy(asc(a.name), asc(b.name), asc(kooperationen.id)).limit(f.limit).offset(f.offset);
  return { rows, total: total?.n ?? 0 };
}

export async function findAkteur(db: DbOrTx, id: string) {
  const [row] = await db.select().from(akteure).where(eq(akteure.id, id));
  return row;
}

export async function findAngebot(db: DbOrTx, id: string) {
  const [row] = await db.select().from(angebote).where(eq(angebote.id, id));
  return row;
}

export async function findKooperation(db: DbOrTx, id: string) {
  const a = aliasedTable(akteure, 'a');
  const b = aliasedTable(akteure, 'b');
  const [row] = await db
    .select({ k: kooperationen, aName: a.name, bName: b.name, aGeteilt: a.geteilt, bGeteilt: b.geteilt, standortName: schulen.name })
    .from(kooperationen)
    .innerJoin(a, eq(a.id, kooperationen.akteurAId))
    .innerJoin(b, eq(b.id, kooperationen.akteurBId))
    .leftJoin(schulen, eq(schulen.id, kooperationen.schuleId))
    .where(eq(kooperationen.id, id));
  return row;
}

export async function akteurNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: akteure.id, name: akteure.name }).from(akteure).where(inArray(akteure.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
