import { and, asc, desc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db.js';
import { users } from '../../identity/identity.schema.js';
import type { TreffenRow } from '../networks.repository.js';
import { kalenderAbos, netzwerke, netzwerkMitglieder, tagesordnungspunkte, treffen } from '../networks.schema.js';
import type { FeedTreffen } from './ics.js';

export type KalenderAboRow = typeof kalenderAbos.$inferSelect;

/** Agenda items of several meetings at once, in order, grouped by meeting. */
async function agendaByTreffen(db: DbOrTx, treffenIds: string[]): Promise<Map<string, FeedTreffen['agenda']>> {
  const out = new Map<string, FeedTreffen['agenda']>();
  if (!treffenIds.length) return out;
  const rows = await db
    .select({ treffenId: tagesordnungspunkte.treffenId, art: tagesordnungspunkte.art, titel: tagesordnungspunkte.titel, referent: tagesordnungspunkte.referent })
    .from(tagesordnungspunkte)
    .where(inArray(tagesordnungspunkte.treffenId, treffenIds))
    .orderBy(asc(tagesordnungspunkte.treffenId), asc(tagesordnungspunkte.position));
  for (const { treffenId, ...punkt } of rows) {
    const list = out.get(treffenId) ?? [];
    list.push(punkt);
    out.set(treffenId, list);
  }
  return out;
}

/** Meetings with their agenda, as a calendar lists them (one query for all agendas). */
export async function withAgenda(db: DbOrTx, rows: { treffen: TreffenRow; netzwerkName: string }[]): Promise<FeedTreffen[]> {
  const agenda = await agendaByTreffen(
    db,
    rows.map((r) => r.treffen.id),
  );
  return rows.map((r) => ({ ...r, agenda: agenda.get(r.treffen.id) ?? [] }));
}

/**
 * Meetings starting in [von, bis] of the networks a person belongs to now (any role), or of one of
 * them when `netzwerkId` is given. Membership is part of the query, so leaving a network empties its
 * part of the feed at the next refresh.
 */
export async function feedTreffenOf(db: DbOrTx, opts: { userId: string; netzwerkId: string | null; von: Date; bis: Date }): Promise<FeedTreffen[]> {
  const rows = await db
    .select({ treffen, netzwerkName: netzwerke.name })
    .from(treffen)
    .innerJoin(netzwerke, eq(netzwerke.id, treffen.netzwerkId))
    .innerJoin(netzwerkMitglieder, and(eq(netzwerkMitglieder.netzwerkId, treffen.netzwerkId), eq(netzwerkMitglieder.userId, opts.userId)))
    .where(and(gte(treffen.beginn, opts.von), lte(treffen.beginn, opts.bis), opts.netzwerkId ? eq(treffen.netzwerkId, opts.netzwerkId) : undefined))
    .orderBy(asc(treffen.beginn), asc(treffen.id));
  return withAgenda(db, rows);
}

/** The live subscriptions of a person, newest first, with the network's name. */
export async function listAbosOf(db: DbOrTx, userId: string) {
  return db
    .select({ abo: kalenderAbos, netzwerkName: netzwerke.name })
    .from(kalenderAbos)
    .leftJoin(netzwerke, eq(netzwerke.id, kalenderAbos.netzwerkId))
    .where(and(eq(kalenderAbos.userId, userId), isNull(kalenderAbos.widerrufenAm)))
    .orderBy(desc(kalenderAbos.erstelltAm), asc(kalenderAbos.id));
}

export async function insertAbo(tx: DbOrTx, values: { userId: string; netzwerkId: string | null; bezeichnung: string; tokenHash: string }): Promise<KalenderAboRow> {
  const [row] = await tx.insert(kalenderAbos).values(values).returning();
  return row!;
}

/** A live subscription of this person, with the responsible scope of its network; another person's or a revoked one is not found. */
export async function findOwnAbo(db: DbOrTx, id: string, userId: string) {
  const [row] = await db
    .select({ abo: kalenderAbos, traegerScopeId: netzwerke.traegerScopeId })
    .from(kalenderAbos)
    .leftJoin(netzwerke, eq(netzwerke.id, kalenderAbos.netzwerkId))
    .where(and(eq(kalenderAbos.id, id), eq(kalenderAbos.userId, userId), isNull(kalenderAbos.widerrufenAm)));
  return row;
}

/** Revokes once; undefined when it was revoked in the meantime. */
export async function revokeAbo(tx: DbOrTx, id: string, at: Date): Promise<KalenderAboRow | undefined> {
  const [row] = await tx
    .update(kalenderAbos)
    .set({ widerrufenAm: at })
    .where(and(eq(kalenderAbos.id, id), isNull(kalenderAbos.widerrufenAm)))
    .returning();
  return row;
}

/**
 * A live subscription by the hash of its token, with whether its owner's account is active and, for
 * a network's feed, the network's name and whether the owner still belongs to it.
 */
export async function findLiveAboByHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ abo: kalenderAbos, ownerActive: users.active, netzwerkName: netzwerke.name, ownerMember: netzwerkMitglieder.userId })
    .from(kalenderAbos)
    .innerJoin(users, eq(users.id, kalenderAbos.userId))
    .leftJoin(netzwerke, eq(netzwerke.id, kalenderAbos.netzwerkId))
    .leftJoin(netzwerkMitglieder, and(eq(netzwerkMitglieder.netzwerkId, kalenderAbos.netzwerkId), eq(netzwerkMitglieder.userId, kalenderAbos.userId)))
    .where(and(eq(kalenderAbos.tokenHash, tokenHash), isNull(kalenderAbos.widerrufenAm)));
  return row;
}

export async function touchAbo(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(kalenderAbos).set({ zuletztAbgerufenAm: at }).where(eq(kalenderAbos.id, id));
}
