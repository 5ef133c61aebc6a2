import { and, asc, desc, eq, getTableColumns, gt, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import { alias, QueryBuilder } from 'drizzle-orm/pg-core';
import type { AnmeldeStatus, NetzwerkRolle } from '../../../domain/networks/vocabulary.js';
import type { DbOrTx } from '../../core/db.js';
import { users } from '../identity/identity.schema.js';
import { anmeldungen, ergebnisse, netzwerke, netzwerkMitglieder, tagesordnungspunkte, treffen, weitergaben } from './networks.schema.js';

const vonNetz = alias(netzwerke, 'von_netz');
const anNetz = alias(netzwerke, 'an_netz');

// ---- Treffen -----------------------------------------------------------------

/** The meeting row, locked until the transaction ends: registrations of one meeting queue up here. */
export async function lockTreffen(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(treffen).where(eq(treffen.id, id)).for('update');
  return row;
}

/** Updates the meeting when the client saw the current version; undefined means someone was faster. */
export async function updateTreffenIfVersion(tx: DbOrTx, id: string, version: number, values: Partial<typeof treffen.$inferInsert>, raiseSequence: boolean) {
  const [row] = await tx
    .update(treffen)
    .set({
      ...values,
      version: sql`${treffen.version} + 1`,
      ...(raiseSequence ? { sequenz: sql`${treffen.sequenz} + 1` } : {}),
      aktualisiertAm: new Date(),
    })
    .where(and(eq(treffen.id, id), eq(treffen.version, version)))
    .returning();
  return row;
}

// ---- Tagesordnung --------------------------------------------------------------

export async function agendaOf(db: DbOrTx, treffenId: string) {
  return db
    .select({
      id: tagesordnungspunkte.id,
      art: tagesordnungspunkte.art,
      titel: tagesordnungspunkte.titel,
      referent: tagesordnungspunkte.referent,
      dauerMinuten: tagesordnungspunkte.dauerMinuten,
      notiz: tagesordnungspunkte.notiz,
      weitergabeId: weitergaben.id,
      vonNetzwerkId: vonNetz.id,
      vonName: vonNetz.name,
      ergebnisText: ergebnisse.text,
    })
    .from(tagesordnungspunkte)
    .leftJoin(weitergaben, eq(weitergaben.id, tagesordnungspunkte.weitergabeId))
    .leftJoin(ergebnisse, eq(ergebnisse.id, weitergaben.ergebnisId))
    .leftJoin(vonNetz, eq(vonNetz.id, weitergaben.vonNetzwerkId))
    .where(eq(tagesordnungspunkte.treffenId, treffenId))
    .orderBy(asc(tagesordnungspunkte.position));
}
export type AgendaItem = Awaited<ReturnType<typeof agendaOf>>[number];

export async function replaceAgenda(tx: DbOrTx, treffenId: string, punkte: Omit<typeof tagesordnungspunkte.$inferInsert, 'treffenId' | 'position'>[]) {
  await tx.delete(tagesordnungspunkte).where(eq(tagesordnungspunkte.treffenId, treffenId));
  if (punkte.length) await tx.insert(tagesordnungspunkte).values(punkte.map((p, position) => ({ ...p, treffenId, position })));
}

/** Of these passed-on results, the ones addressed to the network. */
export async function weitergabenAn(db: DbOrTx, netzwerkId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: weitergaben.id })
    .from(weitergaben)
    .where(and(eq(weitergaben.anNetzwerkId, netzwerkId), inArray(weitergaben.id, ids)));
  return new Set(rows.map((r) => r.id));
}

// ---- Anmeldungen ---------------------------------------------------------------

export async function anmeldungenOf(db: DbOrTx, treffenId: string) {
  return db
    .select({ userId: anmeldungen.userId, name: users.name, status: anmeldungen.status, angemeldetAm: anmeldungen.angemeldetAm, anwesend: anmeldungen.anwesend })
    .from(anmeldungen)
    .innerJoin(users, eq(users.id, anmeldungen.userId))
    .where(eq(anmeldungen.treffenId, treffenId))
    .orderBy(asc(anmeldungen.angemeldetAm), asc(anmeldungen.userId));
}
export type AnmeldungItem = Awaited<ReturnType<typeof anmeldungenOf>>[number];

export async function findAnmeldung(db: DbOrTx, treffenId: string, userId: string) {
  const [row] = await db
    .select()
    .from(anmeldungen)
    .where(and(eq(anmeldungen.treffenId, treffenId), eq(anmeldungen.userId, userId)));
  return row;
}

export async function countAnmeldungen(db: DbOrTx, treffenId: string): Promise<Record<AnmeldeStatus, number>> {
  const rows = await db
    .select({ status: anmeldungen.status, n: sql<number>`count(*)::int` })
    .from(anmeldungen)
    .where(eq(anmeldungen.treffenId, treffenId))
    .groupBy(anmeldungen.status);
  const counts: Record<AnmeldeStatus, number> = { angemeldet: 0, warteliste: 0, abgemeldet: 0, 'ohne-anmeldung': 0 };
  for (const r of rows) counts[r.status as AnmeldeStatus] = r.n;
  return counts;
}

/** Registers again (back of the queue) or for the first time. */
export async function upsertAnmeldung(tx: DbOrTx, treffenId: string, userId: string, status: AnmeldeStatus) {
  await tx
    .insert(anmeldungen)
    .values({ treffenId, userId, status, angemeldetAm: new Date() })
    .onConflictDoUpdate({ target: [anmeldungen.treffenId, anmeldungen.userId], set: { status, angemeldetAm: new Date() } });
}

export async function setAnmeldeStatus(tx: DbOrTx, treffenId: string, userId: string, status: AnmeldeStatus) {
  await tx
    .update(anmeldungen)
    .set({ status })
    .where(and(eq(anmeldungen.treffenId, treffenId), eq(anmeldungen.userId, userId)));
}

/** The first `n` people waiting, in the order they registered (all of them when n is null). */
export async function firstWaiting(tx: DbOrTx, treffenId: string, n: number | null): Promise<string[]> {
  const q = tx
    .select({ userId: anmeldungen.userId })
    .from(anmeldungen)
    .where(and(eq(anmeldungen.treffenId, treffenId), eq(anmeldungen.status, 'warteliste')))
    .orderBy(asc(anmeldungen.angemeldetAm), asc(anmeldungen.userId));
  const rows = n === null ? await q : await q.limit(n);
  return rows.map((r) => r.userId);
}

export async function promote(tx: DbOrTx, treffenId: string, userIds: string[]) {
  if (!userIds.length) return;
  await tx
    .update(anmeldungen)
    .set({ status: 'angemeldet' })
    .where(and(eq(anmeldungen.treffenId, treffenId), inArray(anmeldungen.userId, userIds)));
}

/** Moves people up from the waiting list while seats are free (all of them without a limit); returns who moved up. */
export async function fillFromWaitingList(tx: DbOrTx, row: { id: string; kapazitaet: number | null }): Promise<string[]> {
  let free: number | null = null;
  if (row.kapazitaet !== null) {
    free = row.kapazitaet - (await countAnmeldungen(tx, row.id)).angemeldet;
    if (free <= 0) return [];
  }
  const ids = await firstWaiting(tx, row.id, free);
  await promote(tx, row.id, ids);
  return ids;
}

/** Present / absent for everyone who has a row; those present without a row get one. */
export async function writeAttendance(tx: DbOrTx, treffenId: string, present: string[]) {
  const existing = await tx.select({ userId: anmeldungen.userId, status: anmeldungen.status }).from(anmeldungen).where(eq(anmeldungen.treffenId, treffenId));
  const here = new Set(present);
  const known = new Set(existing.map((r) => r.userId));
  // Walk-ins who are no longer listed as present were never registered: their row goes.
  const dropped = existing.filter((r) => r.status === 'ohne-anmeldung' && !here.has(r.userId)).map((r) => r.userId);
  if (dropped.length) await tx.delete(anmeldungen).where(and(eq(anmeldungen.treffenId, treffenId), inArray(anmeldungen.userId, dropped)));
  await tx
    .update(anmeldungen)
    .set({ anwesend: sql`${anmeldungen.userId} in (${present.length ? sql.join(present.map((id) => sql`${id}::uuid`), sql`, `) : sql`null`})` })
    .where(eq(anmeldungen.treffenId, treffenId));
  const walkIns = present.filter((id) => !known.has(id));
  if (walkIns.length) await tx.insert(anmeldungen).values(walkIns.map((userId) => ({ treffenId, userId, status: 'ohne-anmeldung', anwesend: true })));
  return { walkIns: walkIns.length, dropped: dropped.length };
}

// ---- Mitglieder ------------------------------------------------------------------

/** Roles in the network of those of the given people who belong to it. */
export async function rolesIn(db: DbOrTx, netzwerkId: string, userIds: string[]): Promise<Map<string, NetzwerkRolle>> {
  if (!userIds.length) return new Map();
  const rows = await db
    .select({ userId: netzwerkMitglieder.userId, rolle: netzwerkMitglieder.rolle })
    .from(netzwerkMitglieder)
    .where(and(eq(netzwerkMitglieder.netzwerkId, netzwerkId), inArray(netzwerkMitglieder.userId, userIds)));
  return new Map(rows.map((r) => [r.userId, r.rolle as NetzwerkRolle]));
}

// ---- Ergebnisse und Weitergaben -------------------------------------------------------

const ergebnisColumns = {
  id: ergebnisse.id,
  netzwerkId: ergebnisse.netzwerkId,
  netzwerkName: netzwerke.name,
  treffenId: ergebnisse.treffenId,
  art: ergebnisse.art,
  text: ergebnisse.text,
  verantwortlichId: ergebnisse.verantwortlichId,
  verantwortlichName: users.name,
  faelligAm: ergebnisse.faelligAm,
  status: ergebnisse.status,
  version: ergebnisse.version,
};

export async function ergebnisseOf(db: DbOrTx, where: { treffenId: string } | { ids: string[] }) {
  if ('ids' in where && !where.ids.length) return [];
  return db
    .select(ergebnisColumns)
    .from(ergebnisse)
    .innerJoin(netzwerke, eq(netzwerke.id, ergebnisse.netzwerkId))
    .leftJoin(users, eq(users.id, ergebnisse.verantwortlichId))
    .where('ids' in where ? inArray(ergebnisse.id, where.ids) : eq(ergebnisse.treffenId, where.treffenId))
    .orderBy(asc(ergebnisse.erstelltAm), asc(ergebnisse.id));
}
export type ErgebnisItem = Awaited<ReturnType<typeof ergebnisseOf>>[number];

const weitergabeColumns = {
  id: weitergaben.id,
  ergebnisId: weitergaben.ergebnisId,
  vonNetzwerkId: weitergaben.vonNetzwerkId,
  vonName: vonNetz.name,
  anNetzwerkId: weitergaben.anNetzwerkId,
  anName: anNetz.name,
  notiz: weitergaben.notiz,
  weitergegebenAm: weitergaben.weitergegebenAm,
  empfangenAm: weitergaben.empfangenAm,
};

export async function weitergabenOf(db: DbOrTx, where: { ergebnisIds: string[] } | { id: string }) {
  if ('ergebnisIds' in where && !where.ergebnisIds.length) return [];
  return db
    .select(weitergabeColumns)
    .from(weitergaben)
    .innerJoin(vonNetz, eq(vonNetz.id, weitergaben.vonNetzwerkId))
    .innerJoin(anNetz, eq(anNetz.id, weitergaben.anNetzwerkId))
    .where('id' in where ? eq(weitergaben.id, where.id) : inArray(weitergaben.ergebnisId, where.ergebnisIds))
    .orderBy(asc(weitergaben.weitergegebenAm), asc(weitergaben.id));
}
export type WeitergabeItem = Awaited<ReturnType<typeof weitergabenOf>>[number];

/** Results passed to the network, newest first, with the result as it stands now and its meeting. */
export async function eingangOf(db: DbOrTx, netzwerkId: string) {
  return db
    .select({
      weitergabe: weitergabeColumns,
      ergebnis: {
        id: ergebnisse.id,
        art: ergebnisse.art,
        text: ergebnisse.text,
        verantwortlichId: ergebnisse.verantwortlichId,
        verantwortlichName: users.name,
        faelligAm: ergebnisse.faelligAm,
        status: ergebnisse.status,
      },
      treffen: { titel: treffen.titel, beginn: treffen.beginn },
    })
    .from(weitergaben)
    .innerJoin(vonNetz, eq(vonNetz.id, weitergaben.vonNetzwerkId))
    .innerJoin(anNetz, eq(anNetz.id, weitergaben.anNetzwerkId))
    .innerJoin(ergebnisse, eq(ergebnisse.id, weitergaben.ergebnisId))
    .innerJoin(treffen, eq(treffen.id, ergebnisse.treffenId))
    .leftJoin(users, eq(users.id, ergebnisse.verantwortlichId))
    .where(eq(weitergaben.anNetzwerkId, netzwerkId))
    .orderBy(desc(weitergaben.weitergegebenAm), desc(weitergaben.id))
    .limit(500);
}

// ---- Meine Arbeit --------------------------------------------------------------------

/**
 * Meetings of every active network the person belongs to that end after `from` and start before
 * `to`, with the person's registration. One query that only ever touches the person's rows:
 * memberships (user index) → per network the meetings in the window (network + start index, as a
 * lateral subquery so the planner never scans all meetings) → own registration (primary key).
 */
export function upcomingTreffenQuery(db: DbOrTx, userId: string, from: Date, to: Date) {
  const columns = getTableColumns(treffen);
  // No meeting lasts longer than a day, so one that ends after `from` started less than a day before it.
  const imFenster = new QueryBuilder()
    .select(columns)
    .from(treffen)
    .where(and(eq(treffen.netzwerkId, netzwerkMitglieder.netzwerkId), gt(treffen.beginn, new Date(from.getTime() - 24 * 3600_000)), lt(treffen.beginn, to)))
    .orderBy(asc(treffen.beginn))
    .limit(1000)
    .as('t');
  const t = Object.fromEntries(Object.keys(columns).map((k) => [k, imFenster[k as keyof typeof columns]])) as { [K in keyof typeof columns]: (typeof imFenster)[K] };
  return db
    .select({
      treffen: t,
      netzwerk: { id: netzwerke.id, name: netzwerke.name, land: netzwerke.land },
      meineAnmeldung: sql<string | null>`(select ${anmeldungen.status} from ${anmeldungen} where ${anmeldungen.treffenId} = ${imFenster.id} and ${anmeldungen.userId} = ${userId})`,
    })
    .from(netzwerkMitglieder)
    .innerJoin(netzwerke, and(eq(netzwerke.id, netzwerkMitglieder.netzwerkId), isNull(netzwerke.archiviertAm)))
    .innerJoinLateral(imFenster, sql`true`)
    .where(and(eq(netzwerkMitglieder.userId, userId), gt(imFenster.ende, from)))
    .orderBy(asc(imFenster.beginn), asc(imFenster.id));
}

/** Open agreements the person is responsible for, in networks where they may still read them. */
export function openVereinbarungenQuery(db: DbOrTx, userId: string) {
  return db
    .select(ergebnisColumns)
    .from(ergebnisse)
    .innerJoin(netzwerke, and(eq(netzwerke.id, ergebnisse.netzwerkId), isNull(netzwerke.archiviertAm)))
    .innerJoin(
      netzwerkMitglieder,
      and(eq(netzwerkMitglieder.netzwerkId, ergebnisse.netzwerkId), eq(netzwerkMitglieder.userId, userId), inArray(netzwerkMitglieder.rolle, ['mitglied', 'moderation'])),
    )
    .leftJoin(users, eq(users.id, ergebnisse.verantwortlichId))
    .where(and(eq(ergebnisse.verantwortlichId, userId), eq(ergebnisse.art, 'vereinbarung'), ne(ergebnisse.status, 'erledigt')))
    .orderBy(sql`${ergebnisse.faelligAm} asc nulls last`, asc(ergebnisse.erstelltAm), asc(ergebnisse.id));
}
