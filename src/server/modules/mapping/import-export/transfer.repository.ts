import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db.js';
import { kommunen, schulen } from '../../directory/directory.schema.js';
import { akteure, akteurStandorte, angebote, angebotStandorte } from '../mapping.schema.js';
import type { TraegerRef } from '../../../../domain/mapping/transfer/angebote.js';
import { entryKey } from '../../../../domain/mapping/transfer/cells.js';
import type { AkteurRow, AngebotRow } from '../mapping.repository.js';

const CHUNK = 500;

async function chunked<T>(items: readonly T[], run: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await run(items.slice(i, i + CHUNK));
}

export async function findKommuneByAgs(db: DbOrTx, ags: string) {
  const [row] = await db.select().from(kommunen).where(eq(kommunen.ags, ags));
  return row;
}

/** Schulnummer → id of the schools of a Kommune. */
export async function schulnummernOf(db: DbOrTx, kommuneId: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: schulen.id, nr: schulen.schulnummer }).from(schulen).where(eq(schulen.kommuneId, kommuneId));
  return new Map(rows.map((r) => [r.nr, r.id]));
}

/** Entry id → Schulnummern of its sites, for every actor or offer of a Kommune (the export). */
export async function siteNumbersIn(db: DbOrTx, table: 'akteur' | 'angebot', kommuneId: string): Promise<Map<string, string[]>> {
  const rows =
    table === 'akteur'
      ? await db
          .select({ owner: akteurStandorte.akteurId, nr: schulen.schulnummer })
          .from(akteurStandorte)
          .innerJoin(akteure, eq(akteure.id, akteurStandorte.akteurId))
          .innerJoin(schulen, eq(schulen.id, akteurStandorte.schuleId))
          .where(eq(akteure.kommuneId, kommuneId))
      : await db
          .select({ owner: angebotStandorte.angebotId, nr: schulen.schulnummer })
          .from(angebotStandorte)
          .innerJoin(angebote, eq(angebote.id, angebotStandorte.angebotId))
          .innerJoin(schulen, eq(schulen.id, angebotStandorte.schuleId))
          .where(eq(angebote.kommuneId, kommuneId));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.owner, [...(out.get(r.owner) ?? []), r.nr]);
  return out;
}

/** Actor id → name for every actor of a Kommune (the Träger column of the export). */
export async function akteurNamesIn(db: DbOrTx, kommuneId: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: akteure.id, name: akteure.name }).from(akteure).where(eq(akteure.kommuneId, kommuneId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every actor of a Kommune (archived ones too) with its sites. */
export async function akteureWithSites(db: DbOrTx, kommuneId: string): Promise<{ row: AkteurRow; sites: string[] }[]> {
  const rows = await db.select().from(akteure).where(eq(akteure.kommuneId, kommuneId));
  const links = await db
    .select({ owner: akteurStandorte.akteurId, site: akteurStandorte.schuleId })
    .from(akteurStandorte)
    .innerJoin(akteure, eq(akteure.id, akteurStandorte.akteurId))
    .where(eq(akteure.kommuneId, kommuneId));
  const sites = new Map<string, string[]>();
  for (const l of links) sites.set(l.owner, [...(sites.get(l.owner) ?? []), l.site]);
  return rows.map((row) => ({ row, sites: sites.get(row.id) ?? [] }));
}

/** The actors of a Kommune by name (as the Träger column names them). */
export async function traegerByName(db: DbOrTx, kommuneId: string): Promise<Map<string, TraegerRef[]>> {
  const rows = await db.select({ id: akteure.id, name: akteure.name, archiviertAm: akteure.archiviertAm }).from(akteure).where(eq(akteure.kommuneId, kommuneId));
  const out = new Map<string, TraegerRef[]>();
  for (const r of rows) out.set(entryKey(r.name), [...(out.get(entryKey(r.name)) ?? []), { id: r.id, name: r.name, archiviert: r.archiviertAm !== null }]);
  return out;
}

/** Every offer of a Kommune (archived ones too) with its sites. */
export async function angeboteWithSites(db: DbOrTx, kommuneId: string): Promise<{ row: AngebotRow; sites: string[] }[]> {
  const rows = await db.select().from(angebote).where(eq(angebote.kommuneId, kommuneId));
  const links = await db
    .select({ owner: angebotStandorte.angebotId, site: angebotStandorte.schuleId })
    .from(angebotStandorte)
    .innerJoin(angebote, eq(angebote.id, angebotStandorte.angebotId))
    .where(eq(angebote.kommuneId, kommuneId));
  const sites = new Map<string, string[]>();
  for (const l of links) sites.set(l.owner, [...(sites.get(l.owner) ?? []), l.site]);
  return rows.map((row) => ({ row, sites: sites.get(row.id) ?? [] }));
}

export type NewAkteur = typeof akteure.$inferInsert & { id: string };
export type NewAngebot = typeof angebote.$inferInsert & { id: string };
export type AkteurChange = Pick<AkteurRow, 'name' | 'typ' | 'kreis' | 'beschreibung' | 'kontaktFunktion' | 'kontaktEmail' | 'kontaktTelefon' | 'geteilt'>;
export type AngebotChange = Pick<
  AngebotRow,
  'titel' | 'beschreibung' | 'akteurId' | 'handlungsfeld' | 'ebene' | 'altersphasen' | 'zielgruppe' | 'stundenProWoche' | 'finanzierung' | 'beginn' | 'ende' | 'status' | 'geteilt'
>;

export async function insertAkteure(db: DbOrTx, rows: NewAkteur[]): Promise<void> {
  await chunked(rows, (chunk) => db.insert(akteure).values(chunk));
}

export async function insertAngebote(db: DbOrTx, rows: NewAngebot[]): Promise<void> {
  await chunked(rows, (chunk) => db.insert(angebote).values(chunk));
}

export async function updateAkteurValues(db: DbOrTx, id: string, values: AkteurChange): Promise<void> {
  await db
    .update(akteure)
    .set({ ...values, version: sql`${akteure.version} + 1`, aktualisiertAm: new Date() })
    .where(eq(akteure.id, id));
}

export async function updateAngebotValues(db: DbOrTx, id: string, values: AngebotChange): Promise<void> {
  await db
    .update(angebote)
    .set({ ...values, version: sql`${angebote.version} + 1`, aktualisiertAm: new Date() })
    .where(eq(angebote.id, id));
}

/** Replaces the sites of many entries at once (those listed; others stay as they are). */
export async function replaceSitesOf(db: DbOrTx, table: 'akteur' | 'angebot', sites: Map<string, string[]>): Promise<void> {
  const owners = [...sites.keys()];
  if (!owners.length) return;
  if (table === 'akteur') {
    await chunked(owners, (chunk) => db.delete(akteurStandorte).where(inArray(akteurStandorte.akteurId, chunk)));
    const links = owners.flatMap((akteurId) => [...new Set(sites.get(akteurId))].map((schuleId) => ({ akteurId, schuleId })));
    await chunked(links, (chunk) => db.insert(akteurStandorte).values(chunk));
  } else {
    await chunked(owners, (chunk) => db.delete(angebotStandorte).where(inArray(angebotStandorte.angebotId, chunk)));
    const links = owners.flatMap((angebotId) => [...new Set(sites.get(angebotId))].map((schuleId) => ({ angebotId, schuleId })));
    await chunked(links, (chunk) => db.insert(angebotStandorte).values(chunk));
  }
}

/** One import per Kommune and kind at a time: a second one waits instead of creating the same entries twice. */
export async function lockImport(tx: DbOrTx, kind: 'akteure' | 'angebote', kommuneId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`mapping-import:${kind}:${kommuneId}`}))`);
}
