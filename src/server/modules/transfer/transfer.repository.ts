import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../core/db.js';
import { kommunen, schulen } from '../directory/directory.schema.js';
import { scopes } from '../identity/identity.schema.js';
import { kontextFragen, luecken, praxisbeispiele, praxisKontext, transferFragen, transfers } from './transfer.schema.js';

export type FrageRow = typeof kontextFragen.$inferSelect;
export type LueckeRow = typeof luecken.$inferSelect;
export type PraxisRow = typeof praxisbeispiele.$inferSelect;
export type TransferRow = typeof transfers.$inferSelect;

export interface KommuneRef {
  id: string;
  name: string;
  path: string;
  art: string;
}

const kommuneColumns = { id: kommunen.id, name: kommunen.name, path: scopes.path, art: kommunen.art };

export async function findKommune(db: DbOrTx, id: string): Promise<KommuneRef | undefined> {
  const [row] = await db.select(kommuneColumns).from(kommunen).innerJoin(scopes, eq(scopes.id, kommunen.id)).where(eq(kommunen.id, id));
  return row;
}

export async function kommunenByIds(db: DbOrTx, ids: string[]): Promise<Map<string, KommuneRef>> {
  if (!ids.length) return new Map();
  const rows = await db.select(kommuneColumns).from(kommunen).innerJoin(scopes, eq(scopes.id, kommunen.id)).where(inArray(kommunen.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Kommunen at, above or below the given scope paths: where a person works. */
export async function kommunenAround(db: DbOrTx, paths: string[]): Promise<KommuneRef[]> {
  if (!paths.length) return [];
  const conditions = paths.map((p) => sql`(${scopes.path} like ${`${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} or ${p} like ${scopes.path} || '%')`);
  return db.select(kommuneColumns).from(kommunen).innerJoin(scopes, eq(scopes.id, kommunen.id)).where(sql.join(conditions, sql` or `)).orderBy(asc(kommunen.name));
}

// ---- Context questions ---------------------------------------------------------

export async function listFragen(db: DbOrTx, onlyActive: boolean): Promise<FrageRow[]> {
  return db
    .select()
    .from(kontextFragen)
    .where(onlyActive ? eq(kontextFragen.aktiv, true) : undefined)
    .orderBy(asc(kontextFragen.dimension), asc(kontextFragen.code));
}

export async function fragenByIds(db: DbOrTx, ids: string[]): Promise<FrageRow[]> {
  if (!ids.length) return [];
  return db.select().from(kontextFragen).where(inArray(kontextFragen.id, ids));
}

export async function fragenByCodes(db: DbOrTx, codes: string[]): Promise<FrageRow[]> {
  if (!codes.length) return [];
  return db.select().from(kontextFragen).where(inArray(kontextFragen.code, codes));
}

export async function findFrage(db: DbOrTx, id: string): Promise<FrageRow | undefined> {
  const [row] = await db.select().from(kontextFragen).where(eq(kontextFragen.id, id));
  return row;
}

export async function insertFragen(db: DbOrTx, values: (typeof kontextFragen.$inferInsert)[]): Promise<FrageRow[]> {
  if (!values.length) return [];
  return db.insert(kontextFragen).values(values).onConflictDoNothing().returning();
}

/** The next free code of a dimension, e.g. inst-25. */
export async function nextFrageCode(db: DbOrTx, prefix: string): Promise<string> {
  const rows = await db.select({ code: kontextFragen.code }).from(kontextFragen).where(sql`${kontextFragen.code} like ${`${prefix}-%`}`);
  const max = rows.reduce((m, r) => Math.max(m, Number(r.code.slice(prefix.length + 1)) || 0), 0);
  return `${prefix}-${String(max + 1).padStart(2, '0')}`;
}

export async function updateFrage(db: DbOrTx, id: string, version: number, values: Partial<typeof kontextFragen.$inferInsert>): Promise<FrageRow | undefined> {
  const [row] = await db
    .update(kontextFragen)
    .set({ ...values, version: sql`${kontextFragen.version} + 1`, aktualisiertAm: new Date() })
    .where(and(eq(kontextFragen.id, id), eq(kontextFragen.version, version)))
    .returning();
  return row;
}

// ---- Gaps ------------------------------------------------------------------------

export async function lueckenOf(db: DbOrTx, kommuneIds: string[]): Promise<LueckeRow[]> {
  if (!kommuneIds.length) return [];
  return db.select().from(luecken).where(inArray(luecken.kommuneId, kommuneIds)).orderBy(asc(luecken.handlungsfeld), asc(luecken.altersphase), asc(luecken.erstelltAm));
}

export async function findLuecke(db: DbOrTx, id: string): Promise<LueckeRow | undefined> {
  const [row] = await db.select().from(luecken).where(eq(luecken.id, id));
  return row;
}

export async function insertLuecke(db: DbOrTx, values: typeof luecken.$inferInsert): Promise<LueckeRow> {
  const [row] = await db.insert(luecken).values(values).returning();
  return row!;
}

export async function updateLuecke(db: DbOrTx, id: string, version: number, values: Partial<typeof luecken.$inferInsert>): Promise<LueckeRow | undefined> {
  const [row] = await db
    .update(luecken)
    .set({ ...values, version: sql`${luecken.version} + 1`, aktualisiertAm: new Date() })
    .where(and(eq(luecken.id, id), eq(luecken.version, version)))
    .returning();
  return row;
}

export async function deleteLuecke(db: DbOrTx, id: string, version: number): Promise<boolean> {
  const rows = await db
    .delete(luecken)
    .where(and(eq(luecken.id, id), eq(luecken.version, version)))
    .returning({ id: luecken.id });
  return rows.length > 0;
}

// ---- Practices ---------------------------------------------------------------------

export interface PraxisFilter {
  /** Analysed query terms; every one must occur in the search text. */
  terms?: string[];
  handlungsfeld?: string;
  altersphase?: string;
  kommuneIds?: string[];
}

function praxisWhere(f: PraxisFilter): SQL | undefined {
  const c: SQL[] = [];
  if (f.terms?.length) c.push(sql`to_tsvector('simple', ${praxisbeispiele.suchtext}) @@ to_tsquery('simple', ${f.terms.map((t) => `'${t.replace(/'/g, "''")}'`).join(' & ')})`);
  if (f.handlungsfeld) c.push(sql`${f.handlungsfeld} = any(${praxisbeispiele.handlungsfelder})`);
  if (f.altersphase) c.push(sql`${f.altersphase} = any(${praxisbeispiele.altersphasen})`);
  if (f.kommuneIds) c.push(f.kommuneIds.length ? inArray(praxisbeispiele.kommuneId, f.kommuneIds) : sql`false`);
  return c.length ? and(...c) : undefined;
}

export async function searchPraxis(db: DbOrTx, f: PraxisFilter, page: number, pageSize: number): Promise<{ rows: PraxisRow[]; total: number }> {
  const where = praxisWhere(f);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(praxisbeispiele).where(where);
  const rows = await db
    .select()
    .from(praxisbeispiele)
    .where(where)
    .orderBy(asc(praxisbeispiele.titel), asc(praxisbeispiele.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: count?.n ?? 0 };
}

/** Every practice outside the given Kommunen (candidates for a gap), or of the given ones when `only`. */
export async function praxisForRanking(db: DbOrTx, kommuneIds?: string[]): Promise<PraxisRow[]> {
  return db
    .select()
    .from(praxisbeispiele)
    .where(kommuneIds ? (kommuneIds.length ? inArray(praxisbeispiele.kommuneId, kommuneIds) : sql`false`) : undefined)
    .orderBy(asc(praxisbeispiele.id));
}

/** Changes whenever a practice is added or changed (practices are never deleted): the key of the ranking index. */
export async function praxisStand(db: DbOrTx): Promise<string> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`, latest: sql<string>`coalesce(max(${praxisbeispiele.aktualisiertAm})::text, '')`, versions: sql<number>`coalesce(sum(${praxisbeispiele.version}), 0)::int` })
    .from(praxisbeispiele);
  return `${row?.n}|${row?.latest}|${row?.versions}`;
}

export async function findPraxis(db: DbOrTx, id: string): Promise<PraxisRow | undefined> {
  const [row] = await db.select().from(praxisbeispiele).where(eq(praxisbeispiele.id, id));
  return row;
}

export async function praxisByIds(db: DbOrTx, ids: string[]): Promise<PraxisRow[]> {
  if (!ids.length) return [];
  return db.select().from(praxisbeispiele).where(inArray(praxisbeispiele.id, ids));
}

export async function insertPraxis(db: DbOrTx, values: typeof praxisbeispiele.$inferInsert): Promise<PraxisRow> {
  const [row] = await db.insert(praxisbeispiele).values(values).returning();
  return row!;
}

export async function updatePraxis(db: DbOrTx, id: string, version: number, values: Partial<typeof praxisbeispiele.$inferInsert>): Promise<PraxisRow | undefined> {
  const [row] = await db
    .update(praxisbeispiele)
    .set({ ...values, version: sql`${praxisbeispiele.version} + 1`, aktualisiertAm: new Date() })
    .where(and(eq(praxisbeispiele.id, id), eq(praxisbeispiele.version, version)))
    .returning();
  return row;
}

export async function kontextOf(db: DbOrTx, praxisId: string) {
  return db
    .select({ frageId: kontextFragen.id, code: kontextFragen.code, dimension: kontextFragen.dimension, frage: kontextFragen.frage, antwort: praxisKontext.antwort })
    .from(praxisKontext)
    .innerJoin(kontextFragen, eq(kontextFragen.id, praxisKontext.frageId))
    .where(eq(praxisKontext.praxisId, praxisId))
    .orderBy(asc(kontextFragen.dimension), asc(kontextFragen.code));
}

export async function replaceKontext(db: DbOrTx, praxisId: string, rows: { frageId: string; antwort: string }[]): Promise<void> {
  await db.delete(praxisKontext).where(eq(praxisKontext.praxisId, praxisId));
  if (rows.length) await db.insert(praxisKontext).values(rows.map((r) => ({ ...r, praxisId })));
}

// ---- Transfers ----------------------------------------------------------------------

export async function insertTransfer(db: DbOrTx, values: typeof transfers.$inferInsert): Promise<TransferRow> {
  const [row] = await db.insert(transfers).values(values).returning();
  return row!;
}

export async function findTransfer(db: DbOrTx, id: string): Promise<TransferRow | undefined> {
  const [row] = await db.select().from(transfers).where(eq(transfers.id, id));
  return row;
}

export async function transfersOf(db: DbOrTx, kommuneIds: string[]): Promise<TransferRow[]> {
  if (!kommuneIds.length) return [];
  return db
    .select()
    .from(transfers)
    .where(or(inArray(transfers.anfragendeKommuneId, kommuneIds), inArray(transfers.abgebendeKommuneId, kommuneIds)))
    .orderBy(desc(transfers.aktualisiertAm));
}

/** Finished transfers of a practice: the experience they add to it. */
export async function finishedTransfersOf(db: DbOrTx, praxisId: string): Promise<TransferRow[]> {
  return db
    .select()
    .from(transfers)
    .where(and(eq(transfers.praxisId, praxisId), eq(transfers.phase, 'abgeschlossen')))
    .orderBy(desc(transfers.abgeschlossenAm));
}

export async function updateTransfer(db: DbOrTx, id: string, version: number, values: Partial<typeof transfers.$inferInsert>): Promise<TransferRow | undefined> {
  const [row] = await db
    .update(transfers)
    .set({ ...values, version: sql`${transfers.version} + 1`, aktualisiertAm: new Date() })
    .where(and(eq(transfers.id, id), eq(transfers.version, version)))
    .returning();
  return row;
}

export async function insertTransferFragen(db: DbOrTx, transferId: string, frageIds: string[]): Promise<void> {
  if (frageIds.length) await db.insert(transferFragen).values(frageIds.map((frageId) => ({ transferId, frageId })));
}

export async function fragenOfTransfer(db: DbOrTx, transferId: string) {
  return db
    .select({ frageId: kontextFragen.id, code: kontextFragen.code, dimension: kontextFragen.dimension, frage: kontextFragen.frage, antwort: transferFragen.antwort, beantwortetAm: transferFragen.beantwortetAm })
    .from(transferFragen)
    .innerJoin(kontextFragen, eq(kontextFragen.id, transferFragen.frageId))
    .where(eq(transferFragen.transferId, transferId))
    .orderBy(asc(kontextFragen.dimension), asc(kontextFragen.code));
}

export async function answerTransferFrage(db: DbOrTx, transferId: string, frageId: string, antwort: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(transferFragen)
    .set({ antwort, beantwortetAm: at })
    .where(and(eq(transferFragen.transferId, transferId), eq(transferFragen.frageId, frageId)))
    .returning({ id: transferFragen.frageId });
  return rows.length > 0;
}

/** Size (pupils) and Sozialindex profile of Kommunen, from their schools in the directory: the context of a practice. */
export async function schoolProfiles(db: DbOrTx, kommuneIds: string[]): Promise<Map<string, { schueler: number; profil: number[] }>> {
  const out = new Map<string, { schueler: number; profil: number[] }>();
  if (!kommuneIds.length) return out;
  const rows = await db
    .select({ kommuneId: schulen.kommuneId, stufe: schulen.sozialindex, n: sql<number>`count(*)::int`, schueler: sql<number>`coalesce(sum(${schulen.schueler}), 0)::int` })
    .from(schulen)
    .where(inArray(schulen.kommuneId, kommuneIds))
    .groupBy(schulen.kommuneId, schulen.sozialindex);
  for (const r of rows) {
    const p = out.get(r.kommuneId) ?? { schueler: 0, profil: new Array<number>(9).fill(0) };
    p.schueler += r.schueler;
    if (r.stufe && r.stufe >= 1 && r.stufe <= 9) p.profil[r.stufe - 1]! += r.n;
    out.set(r.kommuneId, p);
  }
  for (const p of out.values()) {
    const total = p.profil.reduce((s, x) => s + x, 0);
    if (total) p.profil = p.profil.map((x) => x / total);
  }
  return out;
}
