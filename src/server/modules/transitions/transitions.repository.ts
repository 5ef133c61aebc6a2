import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ListenArt, Seite } from '../../../domain/transitions/round-contracts.js';
import type { DbOrTx } from '../../core/db.js';
import { kommunen, schulen } from '../directory/directory.schema.js';
import { scopes, users } from '../identity/identity.schema.js';
import {
  uebergangEintraege,
  uebergangEntscheidungen,
  uebergangFaelle,
  uebergangKommentare,
  uebergangListen,
  uebergangPaare,
  uebergangRunden,
  uebergangSchulen,
} from './transitions.schema.js';

export type RundeRow = typeof uebergangRunden.$inferSelect;
export type EintragRow = typeof uebergangEintraege.$inferSelect;
export type NewEintrag = typeof uebergangEintraege.$inferInsert;
export type PaarRow = typeof uebergangPaare.$inferSelect;
export type FallRow = typeof uebergangFaelle.$inferSelect;
export type NewFall = typeof uebergangFaelle.$inferInsert;
export type EntscheidungRow = typeof uebergangEntscheidungen.$inferSelect;

export interface KommuneRef {
  id: string;
  name: string;
  path: string;
}
export interface RundeWithKommune {
  runde: RundeRow;
  kommune: KommuneRef;
}
export interface SchuleInfo {
  id: string;
  name: string;
  schulnummer: string;
  schulform: string;
  path: string;
  kommuneId: string;
}

const schuleColumns = { id: schulen.id, name: schulen.name, schulnummer: schulen.schulnummer, schulform: schulen.schulform, path: scopes.path, kommuneId: schulen.kommuneId };

// ---- Kommunen and schools ------------------------------------------------------

export async function findKommune(db: DbOrTx, id: string): Promise<KommuneRef | undefined> {
  const [row] = await db.select({ id: kommunen.id, name: kommunen.name, path: scopes.path }).from(kommunen).innerJoin(scopes, eq(scopes.id, kommunen.id)).where(eq(kommunen.id, id));
  return row;
}

export async function kommunenByIds(db: DbOrTx, ids: string[]): Promise<KommuneRef[]> {
  if (!ids.length) return [];
  return db.select({ id: kommunen.id, name: kommunen.name, path: scopes.path }).from(kommunen).innerJoin(scopes, eq(scopes.id, kommunen.id)).where(inArray(kommunen.id, ids)).orderBy(asc(kommunen.name));
}

const under = (paths: string[]) =>
  sql.join(
    paths.map((p) => sql`${scopes.path} like ${`${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`),
    sql` or `,
  );

/** Kommunen whose scope lies at or below one of the paths (a Land coordinator's Kommunen). */
export async function kommunenUnder(db: DbOrTx, paths: string[]): Promise<KommuneRef[]> {
  if (!paths.length) return [];
  const like = under(paths);
  return db.select({ id: kommunen.id, name: kommunen.name, path: scopes.path }).from(kommunen).innerJoin(scopes, eq(scopes.id, kommunen.id)).where(like).orderBy(asc(kommunen.name));
}

/** Schools whose scope lies at or below one of the paths. */
export async function schulenUnder(db: DbOrTx, paths: string[]): Promise<SchuleInfo[]> {
  if (!paths.length) return [];
  return db.select(schuleColumns).from(schulen).innerJoin(scopes, eq(scopes.id, schulen.id)).where(under(paths));
}

export async function schulenOfKommunen(db: DbOrTx, kommuneIds: string[]): Promise<SchuleInfo[]> {
  if (!kommuneIds.length) return [];
  return db.select(schuleColumns).from(schulen).innerJoin(scopes, eq(scopes.id, schulen.id)).where(inArray(schulen.kommuneId, kommuneIds)).orderBy(asc(schulen.name), asc(schulen.schulnummer));
}

export async function schulenByIds(db: DbOrTx, ids: string[]): Promise<SchuleInfo[]> {
  if (!ids.length) return [];
  return db.select(schuleColumns).from(schulen).innerJoin(scopes, eq(scopes.id, schulen.id)).where(inArray(schulen.id, ids));
}

// ---- Rounds --------------------------------------------------------------------

export async function insertRunde(tx: DbOrTx, values: typeof uebergangRunden.$inferInsert): Promise<RundeRow> {
  const [row] = await tx.insert(uebergangRunden).values(values).returning();
  return row!;
}

export async function insertRundenSchulen(tx: DbOrTx, rows: { rundeId: string; schuleId: string; seite: Seite }[]): Promise<void> {
  if (rows.length) await tx.insert(uebergangSchulen).values(rows);
}

export async function findRunde(db: DbOrTx, id: string): Promise<RundeWithKommune | undefined> {
  const [row] = await db
    .select({ runde: uebergangRunden, kommune: { id: kommunen.id, name: kommunen.name, path: scopes.path } })
    .from(uebergangRunden)
    .innerJoin(kommunen, eq(kommunen.id, uebergangRunden.kommuneId))
    .innerJoin(scopes, eq(scopes.id, kommunen.id))
    .where(eq(uebergangRunden.id, id));
  return row;
}

/** Rounds of the given Kommunen, and rounds the given schools take part in. */
export async function listRunden(db: DbOrTx, kommuneIds: string[], schuleIds: string[]): Promise<RundeWithKommune[]> {
  if (!kommuneIds.length && !schuleIds.length) return [];
  const viaSchool = schuleIds.length ? db.select({ id: uebergangSchulen.rundeId }).from(uebergangSchulen).where(inArray(uebergangSchulen.schuleId, schuleIds)) : null;
  const conditions = [kommuneIds.length ? inArray(uebergangRunden.kommuneId, kommuneIds) : undefined, viaSchool ? inArray(uebergangRunden.id, viaSchool) : undefined].filter((c) => c !== undefined);
  return db
    .select({ runde: uebergangRunden, kommune: { id: kommunen.id, name: kommunen.name, path: scopes.path } })
    .from(uebergangRunden)
    .innerJoin(kommunen, eq(kommunen.id, uebergangRunden.kommuneId))
    .innerJoin(scopes, eq(scopes.id, kommunen.id))
    .where(conditions.length === 1 ? conditions[0] : sql`(${conditions[0]}) or (${conditions[1]})`)
    .orderBy(desc(uebergangRunden.erstelltAm));
}

export async function rundenSchulen(db: DbOrTx, rundeId: string): Promise<(SchuleInfo & { seite: Seite })[]> {
  const rows = await db
    .select({ ...schuleColumns, seite: uebergangSchulen.seite })
    .from(uebergangSchulen)
    .innerJoin(schulen, eq(schulen.id, uebergangSchulen.schuleId))
    .innerJoin(scopes, eq(scopes.id, schulen.id))
    .where(eq(uebergangSchulen.rundeId, rundeId))
    .orderBy(asc(uebergangSchulen.seite), asc(schulen.name));
  return rows.map((r) => ({ ...r, seite: r.seite as Seite }));
}

/** Optimistic lock: bumps the version only if it is still the one the client saw. */
export async function updateRunde(tx: DbOrTx, id: string, version: number | null, values: Partial<typeof uebergangRunden.$inferInsert>): Promise<RundeRow | undefined> {
  const where = version === null ? eq(uebergangRunden.id, id) : and(eq(uebergangRunden.id, id), eq(uebergangRunden.version, version));
  const [row] = await tx
    .update(uebergangRunden)
    .set({ ...values, version: sql`${uebergangRunden.version} + 1` })
    .where(where)
    .returning();
  return row;
}

export async function rundenDueForDeletion(db: DbOrTx, now: Date): Promise<string[]> {
  const rows = await db
    .select({ id: uebergangRunden.id })
    .from(uebergangRunden)
    .where(and(eq(uebergangRunden.status, 'abgeschlossen'), sql`${uebergangRunden.loeschungAm} <= ${now.toISOString()}`));
  return rows.map((r) => r.id);
}

// ---- Lists and entries ---------------------------------------------------------

export async function listenOfRunde(db: DbOrTx, rundeId: string) {
  return db.select().from(uebergangListen).where(eq(uebergangListen.rundeId, rundeId));
}

export async function findListe(db: DbOrTx, rundeId: string, schuleId: string, art: ListenArt) {
  const [row] = await db
    .select()
    .from(uebergangListen)
    .where(and(eq(uebergangListen.rundeId, rundeId), eq(uebergangListen.schuleId, schuleId), eq(uebergangListen.art, art)));
  return row;
}

/** Replaces the school's list: the old entries go (and with them the pairs that name them). */
export async function replaceListe(tx: DbOrTx, values: { rundeId: string; schuleId: string; art: ListenArt; hochgeladenVon: string; eintraege: Omit<NewEintrag, 'listeId' | 'rundeId'>[] }): Promise<{ listeId: string; ersetzt: number | null }> {
  const old = await findListe(tx, values.rundeId, values.schuleId, values.art);
  if (old) await tx.delete(uebergangListen).where(eq(uebergangListen.id, old.id));
  const [liste] = await tx
    .insert(uebergangListen)
    .values({ rundeId: values.rundeId, schuleId: values.schuleId, art: values.art, eintraege: values.eintraege.length, hochgeladenVon: values.hochgeladenVon })
    .returning({ id: uebergangListen.id });
  const rows = values.eintraege.map((e) => ({ ...e, listeId: liste!.id, rundeId: values.rundeId }));
  // Batches keep each statement well below the bind-parameter limit.
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(uebergangEintraege).values(rows.slice(i, i + 1000));
  return { listeId: liste!.id, ersetzt: old ? old.eintraege : null };
}

export async function eintraegeOfListe(db: DbOrTx, listeId: string): Promise<EintragRow[]> {
  return db.select().from(uebergangEintraege).where(eq(uebergangEintraege.listeId, listeId)).orderBy(asc(uebergangEintraege.position));
}

/** Every entry of the round with its list's school and kind, in list order. */
export async function eintraegeOfRunde(db: DbOrTx, rundeId: string): Promise<(EintragRow & { schuleId: string; art: ListenArt })[]> {
  const rows = await db
    .select({ e: uebergangEintraege, schuleId: uebergangListen.schuleId, art: uebergangListen.art })
    .from(uebergangEintraege)
    .innerJoin(uebergangListen, eq(uebergangListen.id, uebergangEintraege.listeId))
    .where(eq(uebergangEintraege.rundeId, rundeId))
    .orderBy(asc(uebergangListen.art), asc(uebergangListen.schuleId), asc(uebergangEintraege.position));
  return rows.map((r) => ({ ...r.e, schuleId: r.schuleId, art: r.art as ListenArt }));
}

export async function eintraegeByIds(db: DbOrTx, ids: string[]): Promise<(EintragRow & { schuleId: string; art: ListenArt })[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ e: uebergangEintraege, schuleId: uebergangListen.schuleId, art: uebergangListen.art })
    .from(uebergangEintraege)
    .innerJoin(uebergangListen, eq(uebergangListen.id, uebergangEintraege.listeId))
    .where(inArray(uebergangEintraege.id, ids));
  return rows.map((r) => ({ ...r.e, schuleId: r.schuleId, art: r.art as ListenArt }));
}

// ---- Pairs and reviews ---------------------------------------------------------

export async function replacePaare(tx: DbOrTx, rundeId: string, rows: Omit<typeof uebergangPaare.$inferInsert, 'rundeId'>[]): Promise<void> {
  await tx.delete(uebergangPaare).where(eq(uebergangPaare.rundeId, rundeId));
  const all = rows.map((r) => ({ ...r, rundeId }));
  for (let i = 0; i < all.length; i += 1000) await tx.insert(uebergangPaare).values(all.slice(i, i + 1000));
}

export async function paareOfRunde(db: DbOrTx, rundeId: string): Promise<PaarRow[]> {
  return db.select().from(uebergangPaare).where(eq(uebergangPaare.rundeId, rundeId)).orderBy(asc(uebergangPaare.wahrscheinlichkeit));
}

export async function findPaar(db: DbOrTx, rundeId: string, id: string): Promise<PaarRow | undefined> {
  const [row] = await db.select().from(uebergangPaare).where(and(eq(uebergangPaare.rundeId, rundeId), eq(uebergangPaare.id, id)));
  return row;
}

export async function entscheidungenOfRunde(db: DbOrTx, rundeId: string): Promise<EntscheidungRow[]> {
  return db.select().from(uebergangEntscheidungen).where(eq(uebergangEntscheidungen.rundeId, rundeId));
}

export async function upsertEntscheidung(tx: DbOrTx, row: typeof uebergangEntscheidungen.$inferInsert): Promise<void> {
  await tx
    .insert(uebergangEntscheidungen)
    .values(row)
    .onConflictDoUpdate({
      target: [uebergangEntscheidungen.rundeId, uebergangEntscheidungen.abgangSchluessel, uebergangEntscheidungen.anmeldungSchluessel],
      set: { entscheidung: row.entscheidung, entschiedenVon: row.entschiedenVon, entschiedenAm: row.entschiedenAm },
    });
}

// ---- Cases ---------------------------------------------------------------------

export async function faelleOfRunde(db: DbOrTx, rundeId: string): Promise<FallRow[]> {
  return db.select().from(uebergangFaelle).where(eq(uebergangFaelle.rundeId, rundeId)).orderBy(asc(uebergangFaelle.erstelltAm), asc(uebergangFaelle.id));
}

export async function findFall(db: DbOrTx, rundeId: string, id: string): Promise<FallRow | undefined> {
  const [row] = await db.select().from(uebergangFaelle).where(and(eq(uebergangFaelle.rundeId, rundeId), eq(uebergangFaelle.id, id)));
  return row;
}

export async function insertFaelle(tx: DbOrTx, rows: NewFall[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(uebergangFaelle).values(rows.slice(i, i + 1000));
}

export async function updateFall(tx: DbOrTx, id: string, version: number | null, values: Partial<NewFall>): Promise<FallRow | undefined> {
  const where = version === null ? eq(uebergangFaelle.id, id) : and(eq(uebergangFaelle.id, id), eq(uebergangFaelle.version, version));
  const [row] = await tx
    .update(uebergangFaelle)
    .set({ ...values, version: sql`${uebergangFaelle.version} + 1` })
    .where(where)
    .returning();
  return row;
}

export async function setFallStatus(tx: DbOrTx, ids: string[], status: 'offen' | 'entfallen'): Promise<void> {
  if (!ids.length) return;
  await tx
    .update(uebergangFaelle)
    .set({ status, version: sql`${uebergangFaelle.version} + 1` })
    .where(inArray(uebergangFaelle.id, ids));
}

export async function kommentarCounts(db: DbOrTx, fallIds: string[]): Promise<Map<string, number>> {
  if (!fallIds.length) return new Map();
  const rows = await db
    .select({ fallId: uebergangKommentare.fallId, n: sql<number>`count(*)::int` })
    .from(uebergangKommentare)
    .where(inArray(uebergangKommentare.fallId, fallIds))
    .groupBy(uebergangKommentare.fallId);
  return new Map(rows.map((r) => [r.fallId, r.n]));
}

export async function kommentareOfFall(db: DbOrTx, fallId: string) {
  return db
    .select({ id: uebergangKommentare.id, autor: users.name, text: uebergangKommentare.text, erstelltAm: uebergangKommentare.erstelltAm })
    .from(uebergangKommentare)
    .leftJoin(users, eq(users.id, uebergangKommentare.autorId))
    .where(eq(uebergangKommentare.fallId, fallId))
    .orderBy(asc(uebergangKommentare.erstelltAm), asc(uebergangKommentare.id));
}

export async function insertKommentar(tx: DbOrTx, values: typeof uebergangKommentare.$inferInsert): Promise<string> {
  const [row] = await tx.insert(uebergangKommentare).values(values).returning({ id: uebergangKommentare.id });
  return row!.id;
}

// ---- Deletion ------------------------------------------------------------------

/** Removes every row with personal data of the round; the round and its school list stay. */
export async function deletePersonalData(tx: DbOrTx, rundeId: string): Promise<void> {
  // Comments go with their cases, entries and pairs with their lists.
  await tx.delete(uebergangFaelle).where(eq(uebergangFaelle.rundeId, rundeId));
  await tx.delete(uebergangEntscheidungen).where(eq(uebergangEntscheidungen.rundeId, rundeId));
  await tx.delete(uebergangPaare).where(eq(uebergangPaare.rundeId, rundeId));
  await tx.delete(uebergangListen).where(eq(uebergangListen.rundeId, rundeId));
}
